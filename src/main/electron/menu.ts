import path from 'node:path';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentBooks } from '../../shared/contract/books';
import type { MenuAction } from '../../shared/contract/events';

// The native menu: standard roles, so copy/paste, zoom and window handling behave as on any other app
// of the platform, and a File menu for the books. Items that need a screen (naming new books, the
// import wizard) ask the window to show it; the others act here. Developer tools only in development.

export interface MenuOptions {
  isDevelopment: boolean;
  recent: RecentBooks[];
  /** Asks the window to show a screen. */
  show(action: MenuAction): void;
  openBooks(): void;
  openRecent(file: string): void;
  backUp(): void;
}

export function installAppMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  app.setAboutPanelOptions({
    applicationName: 'Duly',
    applicationVersion: app.getVersion(),
    copyright: 'Get paid without losing the customer.',
  });

  const recent: MenuItemConstructorOptions[] = options.recent
    .filter((r) => r.exists)
    .map((r) => ({ label: `${r.name} — ${path.dirname(r.path)}`, click: () => options.openRecent(r.path) }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Books…', accelerator: 'CmdOrCtrl+N', click: () => options.show('new-books') },
      { label: 'Open Books…', accelerator: 'CmdOrCtrl+O', click: () => options.openBooks() },
      {
        label: 'Open Recent',
        submenu: recent.length > 0 ? recent : [{ label: 'No books opened yet', enabled: false }],
      },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => options.show('import') },
      { label: 'Back Up Now…', accelerator: 'CmdOrCtrl+B', click: () => options.backUp() },
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => options.show('settings') },
          ]),
      { type: 'separator' },
      ...(isMac ? [{ role: 'close' } as const] : [{ role: 'quit', label: 'Quit Duly' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.isDevelopment
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Duly', click: () => app.showAboutPanel() }],
  };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'Cmd+,', click: () => options.show('settings') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
