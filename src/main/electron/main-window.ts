import path from 'node:path';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { HARDENED_WEB_PREFERENCES } from './security';
import { MIN_SIZE, restoreWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  /** The built preload script (one CommonJS file). */
  preload: string;
  /** The page to load: app://duly/ or, in development, the Vite dev server. */
  url: string;
  /** Folder for window-state.json (the user's data folder). */
  userData: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userData, 'window-state.json');
  const initial = restoreWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...initial.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Duly',
    show: false,
    // The page's own background, so no white flash before the first paint.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f1f1f' : '#f8f9fa',
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      preload: options.preload,
      spellcheck: true,
    },
  });
  if (initial.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}

/** Brings the window to the front: used when Duly is launched a second time. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
