import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../preload/ipc-channels';
import type { Dispatch } from '../rpc/dispatch';

// One IPC channel carries every call: ('duly:invoke', channel, input) → dispatch → Result envelope.
// The envelope, not a thrown error, carries failures, because Electron drops custom fields of errors
// thrown across IPC.

export function handleInvoke(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame, isTrustedUrl)) {
      console.warn(`Refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}.`);
      throw new Error('Refused: this page may not call Duly.');
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'not_found', message: 'The channel must be a name.' } };
    }
    return dispatch(channel, input);
  });
}

/** Only the window's top frame, showing our own page, may call main. */
function isTrustedFrame(frame: WebFrameMain | null, isTrustedUrl: (url: string) => boolean): boolean {
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

/** Pushes an event (e.g. import progress) to a window; the preload hands it to window.duly.on(name). */
export function sendEvent(contents: WebContents, name: string, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
}
