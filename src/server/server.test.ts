import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../main/app';
import { fixedClock } from '../shared/dates';
import { CONTENT_SECURITY_POLICY } from './renderer-files';
import { type RunningServer, startServer } from './server';

const SECRET = 'test-secret-0123456789';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let app: App;
let server: RunningServer;
let tmp: string;
let cookie: string;

/** node:http rather than fetch, so a test can send any Host, Origin or raw path it likes. */
function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: pathname,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function rpc(channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(`/rpc/${channel}`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-server-'));
  const rendererDir = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Duly</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(tmp, 'private.txt'), 'outside the renderer');
  app = createApp({ userDataDir: tmp, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.open(path.join(tmp, 'books.duly'), { create: true });
  server = await startServer({ app, rendererDir, secret: SECRET });
  const login = await request(`/?secret=${SECRET}`);
  cookie = (login.headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
});

afterAll(async () => {
  await server.close();
  app.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the secret', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?secret=${SECRET}`);
  });

  it('logs in with the secret: HttpOnly, SameSite=Strict cookie, then a redirect to the clean URL', async () => {
    const login = await request(`/?secret=${SECRET}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    expect(login.headers['set-cookie']?.[0]).toMatch(
      /^duly_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/,
    );
    expect(cookie).not.toContain(SECRET);
  });

  it('refuses a wrong secret', async () => {
    const reply = await request('/?secret=guess');
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('refuses static files and RPC without the cookie', async () => {
    expect((await request('/')).status).toBe(403);
    expect((await request('/assets/app.js')).status).toBe(403);
    expect((await rpc('app.info', {}, { Cookie: '' })).status).toBe(403);
    expect((await rpc('app.info', {}, { Cookie: 'duly_session=forged' })).status).toBe(403);
  });

  it('explains the refusal to a person with a page', async () => {
    const reply = await request('/', { headers: { Accept: 'text/html' } });
    expect(reply.status).toBe(403);
    expect(reply.body).toContain('Open Duly with its own link');
  });

  it('refuses a Host header that is not ours (DNS rebinding), even with the cookie', async () => {
    const evil = await request('/', { headers: { Host: `evil.example:${server.port}`, Cookie: cookie } });
    expect(evil.status).toBe(403);
    const otherPort = await request('/', { headers: { Host: '127.0.0.1:1', Cookie: cookie } });
    expect(otherPort.status).toBe(403);
    const localhost = await request('/', { headers: { Host: `localhost:${server.port}`, Cookie: cookie } });
    expect(localhost.status).toBe(200);
  });

  it('refuses a POST from a foreign Origin, even with the cookie', async () => {
    expect((await rpc('app.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc('app.info', {}, { Origin: 'null' })).status).toBe(403);
    expect((await rpc('app.info', {}, { Origin: server.origin })).status).toBe(200);
  });

  it('answers POST /rpc/app.info with the Result envelope', async () => {
    const reply = await rpc('app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      data: {
        version: '0.0.0',
        transport: 'http',
        nativeDialogs: false,
        handOff: false,
        today: '2026-11-23',
      },
    });
  });

  it('reads the open books through the same dispatch', async () => {
    const reply = JSON.parse((await rpc('books.status', {})).body);
    expect(reply.data.open).toMatchObject({ name: 'books', empty: true });
  });

  it('takes a large file on the channels that carry files, and refuses one elsewhere', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    expect((await rpc('settings.update', { businessName: big })).status).toBe(413);
    const reply = await rpc('import.analyse', {
      files: [{ name: 'big.csv', data: Buffer.from(big).toString('base64') }],
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      data: { problems: [expect.objectContaining({ file: 'big.csv' })] },
    });
  });

  it('returns validation errors with the field, as data', async () => {
    const reply = await rpc('customers.get', { id: 'seven' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'validation', field: 'id' }),
    });
  });

  it('answers an unknown channel with not_found', async () => {
    const reply = await rpc('nothing.here', {});
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('wants JSON: 415 for other content types, 400 for a broken body, 413 past the limit', async () => {
    const form = await rpc('app.info', {}, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const broken = await request('/rpc/app.info', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{"oops"',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    const huge = await rpc('app.info', { note: 'x'.repeat(1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('serves the renderer with the right content types and the CSP header', async () => {
    const page = await request('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await request('/assets/app.js', { headers: { Cookie: cookie } });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    const rpcReply = await rpc('app.info', {});
    expect(rpcReply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const p of [
      '/../private.txt',
      '/%2e%2e/private.txt',
      '/assets/..%2f..%2fprivate.txt',
      '/assets/%2e%2e%5c%2e%2e%5cprivate.txt',
      `/${encodeURIComponent(path.join(tmp, 'private.txt'))}`,
    ]) {
      const reply = await request(p, { headers: { Cookie: cookie } });
      expect(reply.status, p).toBe(404);
      expect(reply.body, p).not.toContain('outside the renderer');
    }
  });

  it('allows only POST on /rpc and GET on static files', async () => {
    expect((await request('/rpc/app.info', { headers: { Cookie: cookie } })).status).toBe(405);
    expect((await request('/', { method: 'DELETE', headers: { Cookie: cookie } })).status).toBe(405);
  });

  it('streams events to /events subscribers', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: '/events', headers: { Cookie: cookie } },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('retry:') && !text.includes('event:'))
              server.broadcast('import.progress', { done: 3 });
            if (text.includes('\n\nevent:') && text.endsWith('\n\n')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
    });
    expect(received).toContain('event: import.progress\ndata: {"done":3}\n\n');
  });
});
