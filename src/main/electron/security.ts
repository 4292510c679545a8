import { app, type Session } from 'electron';

// Defence in depth for every web page Electron creates: no navigation away from our own page, no new
// windows, no <webview>, no permissions (camera, notifications, geolocation, USB…). Duly needs none of
// them; a feature that does will ask for exactly one, here.

export function hardenAllWebContents(isTrustedUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-frame-navigate', (event) => {
      // Same-document changes (#/customers) never reach here; a reload of our own page is allowed.
      if (!(event.isMainFrame && isTrustedUrl(event.url))) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isTrustedUrl(event.url)) event.preventDefault();
    });
    // Later, help links may open in the system browser here (shell.openExternal, https only, allow-list).
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
