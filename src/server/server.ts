import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../main/app';
import type { ErrorData, Result } from '../shared/errors';
import { createEventStream } from './event-stream';
import { contentTypeOf, resolveRendererFile, SECURITY_HEADERS } from './renderer-files';
import {
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  randomToken,
  readCookie,
  SESSION_COOKIE,
  sameSecret,
  sessionCookieHeader,
} from './request-guard';

/** Browser mode: the same createApp() and dispatch() as the desktop window; only the transport differs. */
export interface ServerOptions {
  app: Pick<App, 'dispatch'>;
  /** The built renderer: out/renderer. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The secret the printed URL carries; a fresh random one when not given. */
  secret?: string;
  /** Files offered for download (backups in browser mode): a name → its path, or undefined. */
  download?: (name: string) => string | undefined;
}

export interface RunningServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The URL to open: origin plus ?secret=…; it logs the browser in, then redirects to the clean URL. */
  url: string;
  /** Sends an event to every open /events stream (progress of long jobs). */
  broadcast(name: string, payload: unknown): void;
  close(): Promise<void>;
}

/** RPC inputs are small forms and filters… */
export const MAX_RPC_BODY_BYTES = 1024 * 1024;
/** …except the channels that carry files the owner chose (an export to import, a backup to restore, a logo). */
export const MAX_FILE_BODY_BYTES = 256 * 1024 * 1024;
const FILE_CHANNELS = new Set(['import.analyse', 'import.start', 'backups.restore', 'settings.logoSet']);

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const secret = options.secret ?? randomToken();
  // The cookie holds a separate token, so the secret (which may sit in browser history) is not the
  // credential every request carries.
  const session = randomToken();
  const events = createEventStream();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, 'Something went wrong inside Duly.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req, port)) return sendText(res, 403, 'Refused: unexpected Host header.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method ?? 'GET';

    if (method === 'GET' && url.searchParams.has('secret')) {
      if (!sameSecret(url.searchParams.get('secret'), secret)) return refuse(req, res);
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': sessionCookieHeader(session),
        Location: url.pathname,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!sameSecret(readCookie(req, SESSION_COOKIE), session)) return refuse(req, res);
    if (method !== 'GET' && method !== 'HEAD' && !isAllowedOrigin(req, port)) {
      return sendText(res, 403, 'Refused: cross-site request.');
    }

    if (url.pathname.startsWith('/rpc/')) {
      if (method !== 'POST') return sendText(res, 405, 'Use POST for /rpc.', { Allow: 'POST' });
      return handleRpc(req, res, url.pathname.slice('/rpc/'.length));
    }
    if (url.pathname === '/events') {
      if (method !== 'GET') return sendText(res, 405, 'Use GET for /events.', { Allow: 'GET' });
      events.attach(res, SECURITY_HEADERS);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return sendText(res, 405, 'Only GET and HEAD here.', { Allow: 'GET, HEAD' });
    }
    if (url.pathname.startsWith('/download/'))
      return serveDownload(res, url.pathname.slice('/download/'.length));
    return serveFile(res, url.pathname, method === 'HEAD');
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, rawChannel: string): Promise<void> {
    if (!isJsonContentType(req)) {
      return sendResult(res, 415, failure('validation', 'Send the input as application/json.'));
    }
    const body = await readBody(
      req,
      FILE_CHANNELS.has(rawChannel) ? MAX_FILE_BODY_BYTES : MAX_RPC_BODY_BYTES,
    );
    if (body === 'too_large') {
      res.setHeader('Connection', 'close');
      return sendResult(res, 413, failure('validation', 'The request is too large.'));
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, 400, failure('validation', 'The request body is not valid JSON.'));
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      channel = rawChannel;
    }
    // Every outcome of dispatch, success or a typed failure, is a 200 carrying the Result envelope:
    // the HTTP status speaks only about the transport.
    sendResult(res, 200, await options.app.dispatch(channel, input));
  }

  async function serveFile(res: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const file = resolveRendererFile(options.rendererDir, pathname);
    if (!file) return sendText(res, 404, 'Not found.');
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (!stat?.isFile()) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(stat.size),
      'Cache-Control': 'no-cache',
    });
    if (headOnly) {
      res.end();
      return;
    }
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /** Only files the app lists (by exact name) can be downloaded; never a path from the request. */
  async function serveDownload(res: ServerResponse, rawName: string): Promise<void> {
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      return sendText(res, 404, 'Not found.');
    }
    const file = options.download?.(name);
    const stat = file ? await fs.promises.stat(file).catch(() => undefined) : undefined;
    if (!file || !stat?.isFile()) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(stat.size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  function refuse(req: IncomingMessage, res: ServerResponse): void {
    const wantsPage = (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) {
      sendText(res, 403, 'Refused: open Duly with the link printed in its terminal.');
      return;
    }
    res.writeHead(403, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(REFUSED_PAGE);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    url: `${origin}/?secret=${encodeURIComponent(secret)}`,
    broadcast: events.broadcast,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function failure(code: ErrorData['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** The body, or 'too_large' as soon as it passes the limit (the rest is not read into memory). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const REFUSED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Duly</title>
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;max-width:34rem;margin:15vh auto;padding:0 1.5rem}
h1{font-size:1.4rem;font-weight:600}</style></head>
<body><h1>Open Duly with its own link</h1>
<p>For your safety, Duly's browser mode only opens from the link printed in the terminal where it was
started — the one that ends in <code>?secret=…</code>. Copy that whole link into this address bar.</p>
</body></html>`;
