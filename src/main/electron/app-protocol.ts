import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { contentTypeOf, resolveRendererFile, SECURITY_HEADERS } from '../../server/renderer-files';

// The built renderer is served from app://duly/, not file://. A file:// page shares its origin with
// every file on the disk; app://duly is an origin of its own, can carry a real CSP header, and can be
// told apart from anything else that might try to call main (see trusted-origin.ts).

export const APP_SCHEME = 'app';
export const APP_HOST = 'duly';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Must run before the app is ready: Chromium reads scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and a proper origin; secure: treated like https (secure context);
      // corsEnabled + supportFetchAPI: Vite's <script type="module" crossorigin> loads in CORS mode;
      // codeCache: faster second start.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Serves files from rendererDir under app://duly/, refusing any path that would leave it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = resolveRendererFile(rendererDir, url.pathname);
    if (!file) return notFound();
    let response: Response;
    try {
      // net.fetch reads file: URLs inside app.asar too, which plain fs streams of the packaged app need
      // Electron's patched fs for; this keeps the handler the same in development and when packaged.
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return notFound();
    }
    if (!response.ok) return notFound();
    return new Response(request.method === 'HEAD' ? null : response.body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' },
    });
  });
}

function notFound(): Response {
  return new Response('Not found.', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
