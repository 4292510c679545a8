import { app, type Session, type WebContents, type WebPreferences } from 'electron';

// Defence in depth for every web page Electron creates: no navigation away from our own page, no new
// windows, no <webview>, no permissions (camera, notifications, geolocation, USB…). Duly needs none of
// them; a feature that does will ask for exactly one, here.

/** A window's own navigation rule, beyond Duly's page: only the print window has one. */
export type NavigationRule = (navigation: { url: string; isMainFrame: boolean }) => boolean;
const rules = new WeakMap<WebContents, NavigationRule>();

/**
 * Lets ONE WebContents make the navigations its rule allows (the print window: its file and the
 * built-in PDF viewer's frames). Every other window stays as locked down as before; the rule goes
 * with the WebContents.
 */
export function allowNavigations(contents: WebContents, rule: NavigationRule): void {
  rules.set(contents, rule);
}

export function hardenAllWebContents(isTrustedUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    const ruled = (url: string, isMainFrame: boolean) => rules.get(contents)?.({ url, isMainFrame }) === true;
    contents.on('will-frame-navigate', (event) => {
      // Same-document changes (#/customers) never reach here; a reload of our own page is allowed.
      if (!(event.isMainFrame && isTrustedUrl(event.url)) && !ruled(event.url, event.isMainFrame)) {
        event.preventDefault();
      }
    });
    contents.on('will-redirect', (event) => {
      if (!isTrustedUrl(event.url) && !ruled(event.url, event.isMainFrame)) event.preventDefault();
    });
    // Later, help links may open in the system browser here (shell.openExternal, https only, allow-list).
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** What every window's page may not do: reach Node, leave the sandbox, load insecure content, embed pages. */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
