import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, screen } from 'electron';
import { type PrintOutcome, type PrintTarget, pdfWindowRule, showAndPrint } from './print-flow';
import { allowNavigations, HARDENED_WEB_PREFERENCES } from './security';

// The print dialog for a PDF: a small window of its own shows the file in Chromium's built-in PDF
// viewer and asks for the system print dialog once the viewer has the document ready. Since Electron
// 32 webContents.print() on a loaded PDF prints the PDF itself, not a blank page (electron/electron
// #43309). The window stays open showing the PDF (its viewer has a print button too). The logic of
// it lives in print-flow.ts; this file only wires it to Electron.

export function printPdfInWindow(
  file: string,
  parent: BrowserWindow | undefined,
  openFile: (file: string) => Promise<void>,
): Promise<void> {
  const fileUrl = pathToFileURL(file).toString();
  const area = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow({
    ...(parent && !parent.isDestroyed() ? { parent } : {}),
    title: path.basename(file),
    width: Math.min(900, area.width),
    height: Math.min(1100, area.height),
    autoHideMenuBar: true,
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      // The built-in PDF viewer; this window shows nothing but Duly's own file.
      plugins: true,
      spellcheck: false,
      // No preload: this page cannot call main.
    },
  });
  const contents = window.webContents;
  // Only this window's WebContents may load the file and the PDF viewer's own frames.
  allowNavigations(contents, pdfWindowRule(fileUrl));
  // The viewer would retitle the window after the PDF's metadata; the file's name says more.
  window.on('page-title-updated', (event) => event.preventDefault());

  let closed = false;
  window.on('closed', () => {
    closed = true;
  });
  // Electron's own test for printing a loaded PDF waits for this (internal, undocumented) event,
  // emitted when the PDF plugin has finished loading the document; print-flow waits a while for it.
  const ready = new Promise<void>((resolve) => {
    (contents as unknown as NodeJS.EventEmitter).once('-pdf-ready-to-print', () => resolve());
  });
  const target: PrintTarget = {
    load: () => contents.loadURL(fileUrl),
    ready,
    closed: () => closed || window.isDestroyed(),
    print: () =>
      new Promise<PrintOutcome>((resolve) => {
        contents.print({ silent: false }, (success, failureReason) => resolve({ success, failureReason }));
      }),
  };
  return showAndPrint(target, {
    file,
    openFile: async (toOpen) => {
      // Could not show or print it here: the default PDF program instead, and this window goes.
      if (!window.isDestroyed()) window.close();
      await openFile(toOpen);
    },
    onLateFailure: (message) => {
      void dialog.showMessageBox({ type: 'warning', message });
    },
  });
}
