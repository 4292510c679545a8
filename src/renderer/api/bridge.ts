import type { Result } from '../../shared/errors';

// What the desktop window's preload exposes as window.duly — and nothing more. The preload implements
// this interface (it imports the type), so the two cannot drift apart. Types only: no code runs here.

/** Names of events main pushes to the screens (progress of long jobs, for now none are sent). */
export type DulyEventName = string;

export interface DulyBridge {
  /** Calls one contract channel in main; resolves with the Result envelope, never rejects for app errors. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Listens for one named event; returns the function that stops listening. */
  on(event: DulyEventName, callback: (payload: unknown) => void): () => void;
}
