import path from 'node:path';

// How the built renderer (out/renderer) is served, by both transports: browser mode's HTTP server and
// the desktop window's app:// protocol. One module, so both send the same policy and refuse the same
// paths. Pure Node (no 'electron'), which is why it can live here and be imported by src/main/electron.

/**
 * The renderer's Content-Security-Policy. Mantine writes inline styles (CSS variables on elements and a
 * <style> tag), hence 'unsafe-inline' for styles only; scripts come from our own origin and nowhere else.
 * src/renderer/index.html carries the same policy in a meta tag (minus frame-ancestors, which browsers
 * ignore in a meta tag); a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

/** Headers every response carries, static files and RPC alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file on disk for a URL path, or undefined when the path could reach outside rootDir. The path is
 * decoded first (so %2e%2e and %2f cannot slip past), and anything odd — NUL bytes, backslashes, drive
 * letters, dot segments — is refused outright rather than normalised into something that happens to be
 * inside. '/' (or any path ending in '/') means that folder's index.html.
 */
export function resolveRendererFile(rootDir: string, urlPathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded) || /^\/[a-zA-Z]:/.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  if (decoded.endsWith('/')) segments[segments.length - 1] = 'index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return file;
}
