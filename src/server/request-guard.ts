import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Browser mode listens on 127.0.0.1, but any web page the owner visits can still send requests there.
// Three locks keep them out:
//   1. Host must be 127.0.0.1:<port> or localhost:<port>, so a hostile domain re-pointed at 127.0.0.1
//      (DNS rebinding) is refused: its requests carry its own name in Host.
//   2. Every request needs the session cookie, which only a browser that opened the secret URL printed
//      in the terminal holds. HttpOnly (scripts cannot read it), SameSite=Strict (never sent from
//      another site's page).
//   3. A POST whose Origin is present and not ours is refused, whatever cookies it carries.

export const SESSION_COOKIE = 'duly_session';

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/** An absent Origin is fine (same-origin GETs, curl); a present one must be ours. */
export function isAllowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin === `http://${host}`);
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Compares secrets in constant time, so response timing cannot reveal how much of a guess was right. */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookieHeader(token: string): string {
  // No Max-Age: the cookie ends with the browser session; the token itself ends with this process.
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** application/json, with or without parameters such as charset. */
export function isJsonContentType(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
