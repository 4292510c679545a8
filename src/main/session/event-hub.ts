// Events from main to whatever screens are connected: the desktop window over IPC, browser tabs
// over Server-Sent Events. The composition root subscribes each transport; services just emit.

export type EventListener = (name: string, payload: unknown) => void;

export interface EventHub {
  emit(name: string, payload: unknown): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
