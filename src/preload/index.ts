import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { DulyBridge } from '../renderer/api/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

// The whole surface the screens get: window.duly.invoke and window.duly.on. No ipcRenderer, no Node,
// no file access. This runs sandboxed, so it is bundled to one CommonJS file and may require only
// 'electron' (see electron.vite.config.ts).

const bridge: DulyBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string') return Promise.reject(new TypeError('The channel must be a string.'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  on(event, callback) {
    // The IpcRendererEvent is kept here: handing it to the page would give it the sender object.
    const listener = (_ipc: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('duly', bridge);
