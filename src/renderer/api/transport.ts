import type { Result } from '../../shared/errors';
import type { DulyBridge } from './bridge';

// How the screens reach main. In the desktop window the preload's IPC bridge; in browser mode HTTP to
// the local server (POST /rpc/:channel, events over GET /events). Chosen once, at start.

export type Transport = DulyBridge & { readonly kind: 'ipc' | 'http' };

export function pickTransport(): Transport {
  const bridge = window.duly;
  if (bridge) return { kind: 'ipc', invoke: bridge.invoke, on: bridge.on };
  return httpTransport();
}

function httpTransport(): Transport {
  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  return {
    kind: 'http',
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return failure('Duly is not running any more. Start it again, then reload this page.');
      }
      if (response.status === 403) {
        return failure('This browser is no longer signed in to Duly. Open the link Duly printed again.');
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure(`Duly answered in an unexpected way (HTTP ${response.status}).`);
      }
    },
    on(event, callback) {
      source ??= new EventSource('/events');
      let set = listeners.get(event);
      if (!set) {
        const created = new Set<(payload: unknown) => void>();
        listeners.set(event, created);
        source.addEventListener(event, (message) => {
          const payload = JSON.parse((message as MessageEvent<string>).data) as unknown;
          for (const listener of created) listener(payload);
        });
        set = created;
      }
      set.add(callback);
      return () => {
        set.delete(callback);
      };
    },
  };
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}
