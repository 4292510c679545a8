import { app, Menu, type MenuItemConstructorOptions } from 'electron';

// The native menu: standard roles, so copy/paste, zoom and window handling behave as on any other app
// of the platform. Developer tools only in development.

export interface MenuOptions {
  isDevelopment: boolean;
}

export function installAppMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  app.setAboutPanelOptions({
    applicationName: 'Duly',
    applicationVersion: app.getVersion(),
    copyright: 'Get paid without losing the customer.',
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      // Books (new, open, recent), import and backup come here in a later issue, above this separator.
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

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
