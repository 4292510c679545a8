import path from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { systemClock } from '../../shared/dates';
import { type App, createApp } from '../app';
import { openBooks } from '../db/books';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { handleInvoke } from './ipc';
import { createMainWindow, focusWindow } from './main-window';
import { installAppMenu } from './menu';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { rendererLocation } from './trusted-origin';

// The desktop app's start-up, in order. Electron glue only: everything Duly does happens behind
// createApp().dispatch, exactly as in browser mode and the tests.

/** The books the desktop app opens at start; created, empty, the first time. Browser mode's
 * default (src/server/serve-options.ts) is the same file. */
export function defaultBooksFile(): string {
  return path.join(app.getPath('userData'), 'books', 'My shop.duly');
}

export function startDesktopApp(): void {
  // A second launch hands over to the first (which comes to the front) and quits: two processes
  // writing the same books would work, but two windows on them would confuse.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // electron-vite dev sets ELECTRON_RENDERER_URL to its dev server; a packaged app never loads it.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const renderer = rendererLocation(devServerUrl);
  const outDir = path.join(import.meta.dirname, '..');

  app.enableSandbox();
  registerAppScheme();
  hardenAllWebContents(renderer.isTrusted);

  let duly: App | undefined;
  let window: BrowserWindow | undefined;

  const openWindow = () => {
    window = createMainWindow({
      preload: path.join(outDir, 'preload', 'index.cjs'),
      url: renderer.url,
      userData: app.getPath('userData'),
    });
    window.on('closed', () => {
      window = undefined;
    });
  };

  app.on('second-instance', () => focusWindow(window));

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      serveRenderer(path.join(outDir, 'renderer'));
      const books = await openBooks(defaultBooksFile());
      duly = createApp({ books, clock: systemClock, version: app.getVersion(), transport: 'electron' });
      handleInvoke(duly.dispatch, renderer.isTrusted);
      installAppMenu({ isDevelopment: !app.isPackaged });
      openWindow();
      // macOS: clicking the Dock icon with no window open brings one back; the books stay open.
      app.on('activate', () => {
        if (!window) openWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Duly could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Closing the books checkpoints the write-ahead log, so the .duly file is whole on its own (a copy
  // taken after quitting is a complete backup).
  app.on('will-quit', () => {
    duly?.close();
    duly = undefined;
  });
}
