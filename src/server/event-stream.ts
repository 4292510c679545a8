import type { ServerResponse } from 'node:http';

// GET /events: Server-Sent Events, the browser-mode twin of the desktop window's 'duly:event' channel.
// Long jobs (imports, batch PDFs) will report progress through broadcast(); the renderer listens with
// EventSource. A comment line every 25 s keeps idle connections from being dropped by the browser.

const HEARTBEAT_MS = 25_000;

export interface EventStream {
  /** Starts an event stream on this response and keeps it until the client goes away. */
  attach(res: ServerResponse, headers: Readonly<Record<string, string>>): void;
  broadcast(name: string, payload: unknown): void;
  close(): void;
}

export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    attach(res, headers) {
      res.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write('retry: 3000\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
    },
    broadcast(name, payload) {
      // Event names are ours (no newlines); data is one line of JSON.
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    close() {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
