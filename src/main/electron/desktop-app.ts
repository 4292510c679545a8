import path from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { BOOKS_EVENT, MENU_EVENT, type MenuAction } from '../../shared/contract/events';
import { fixedClock, systemClock } from '../../shared/dates';
import { DulyError } from '../../shared/errors';
import { type App, createApp } from '../app';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { desktopHost } from './host-dialogs';
import { handleInvoke, sendEvent } from './ipc';
import { createMainWindow, focusWindow } from './main-window';
import { installAppMenu } from './menu';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { rendererLocation } from './trusted-origin';

// The desktop app's start-up, in order. Electron glue only: everything Duly does happens behind
// createApp().dispatch, exactly as in browser mode and the tests. The books open at start are the
// last ones opened, else <userData>/books/My shop.duly (the same default as browser mode).

export function startDesktopApp(): void {
  // End-to-end tests run the desktop app on a folder of their own and a fixed day (the same
  // specs as browser mode, with Playwright's _electron.launch); nothing else sets these.
  if (process.env.DULY_USER_DATA) app.setPath('userData', process.env.DULY_USER_DATA);
  const clock = process.env.DULY_TODAY ? fixedClock(process.env.DULY_TODAY) : systemClock;

  // A second launch hands over to the first (which comes to the front) and quits: two processes
  // writing the same books would work, but two windows on them would confuse.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // electron-vite dev sets ELECTRON_RENDERER_URL to its dev server; a packaged app never loads it.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const renderer = rendererLocation(devServerUrl);
  // The app's root (the project in development, app.asar when packaged), not this file's folder:
  // the bundler may put this code in a shared chunk.
  const outDir = path.join(app.getAppPath(), 'out');

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

  const show = (action: MenuAction) => {
    if (window) sendEvent(window.webContents, MENU_EVENT, action);
  };
  const report = (error: unknown) => {
    const message = error instanceof DulyError ? error.message : 'Something went wrong inside Duly.';
    if (!(error instanceof DulyError)) console.error(error);
    void dialog.showMessageBox({ type: 'warning', message });
  };
  const refreshMenu = () => {
    if (!duly) return;
    const current = duly;
    installAppMenu({
      isDevelopment: !app.isPackaged,
      recent: current.session.status().recent,
      show,
      openBooks: () => {
        void current.dispatch('host.chooseFile', { purpose: 'open-books' }).then(async (r) => {
          const chosen = r.ok ? (r.data as { path: string | null }).path : null;
          if (chosen) await current.session.open(chosen).catch(report);
        });
      },
      openRecent: (file) => void current.session.open(file).catch(report),
      backUp: () => {
        void current.dispatch('host.chooseFile', { purpose: 'save-backup' }).then(async (r) => {
          const chosen = r.ok ? (r.data as { path: string | null }).path : null;
          if (chosen) await current.session.backupNow(chosen).catch(report);
        });
      },
    });
  };

  app.on('second-instance', () => focusWindow(window));

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      serveRenderer(path.join(outDir, 'renderer'));
      duly = createApp({
        userDataDir: app.getPath('userData'),
        clock,
        version: app.getVersion(),
        transport: 'electron',
        host: desktopHost(() => window),
        workerFile: path.join(outDir, 'main', 'job-worker.js').replace('app.asar', 'app.asar.unpacked'),
      });
      duly.events.subscribe((name, payload) => {
        if (window) sendEvent(window.webContents, name, payload);
        if (name === BOOKS_EVENT) refreshMenu();
      });
      await duly.session.openAtStart();
      handleInvoke(duly.dispatch, renderer.isTrusted);
      refreshMenu();
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
