// The two IPC channel names between the preload and main (src/main/electron/ipc.ts). Constants only,
// so main can import them without pulling in the preload.

/** Renderer → main: (channel, input) → Result envelope. */
export const INVOKE_CHANNEL = 'duly:invoke';
/** Main → renderer: (eventName, payload), e.g. progress of a long job. */
export const EVENT_CHANNEL = 'duly:event';
