import type { DulyBridge } from './api/bridge';

declare global {
  interface Window {
    /** Present in the desktop window (exposed by src/preload); absent in browser mode. */
    readonly duly?: DulyBridge;
  }
}
