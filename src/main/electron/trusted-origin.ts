import { APP_HOST, APP_SCHEME, APP_URL } from './app-protocol';

// Which page may call main. In production, only app://duly; under `electron-vite dev`, only the Vite dev
// server that electron-vite started (its URL comes in ELECTRON_RENDERER_URL). Everything else — a page
// reached by some navigation bug, an injected frame — is refused.

export interface RendererLocation {
  /** The URL the window loads. */
  url: string;
  isTrusted(url: string): boolean;
}

export function rendererLocation(devServerUrl: string | undefined): RendererLocation {
  if (devServerUrl) {
    const devOrigin = new URL(devServerUrl).origin;
    return { url: devServerUrl, isTrusted: (url) => originOf(url) === devOrigin };
  }
  return {
    url: APP_URL,
    // new URL('app://duly/').origin is 'null' in Node (not a special scheme), so compare the parts.
    isTrusted: (url) => {
      const parsed = parse(url);
      return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
    },
  };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function originOf(url: string): string | undefined {
  return parse(url)?.origin;
}
