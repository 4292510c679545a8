import path from 'node:path';
import { messageOf } from '../../shared/errors';

// The logic of the desktop hand-off, in plain Node so it is tested without Electron: which
// navigations the print window may make, when to ask for the print dialog, what to do when printing
// fails, and the words when the system cannot open a file. print-window.ts and host-dialogs.ts only
// wire these to Electron.

/** Chromium's built-in PDF viewer, a component extension with this fixed id. */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

export interface Navigation {
  url: string;
  isMainFrame: boolean;
}

/**
 * What the print window may navigate to, beyond what every window may (nothing but Duly's page). It
 * loads one file: the main frame may only (re)load that file. Since Electron 41 the built-in PDF viewer
 * runs in frames inside the same page (out-of-process iframes, no separate WebContents): an
 * about:blank placeholder that becomes the viewer (chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/
 * index.html), and inside it the frame for the document, first at a stream URL of that same origin,
 * then at the file itself. Any other frame (a link inside the PDF, say) is refused.
 */
export function pdfWindowRule(fileUrl: string): (nav: Navigation) => boolean {
  return ({ url, isMainFrame }) => {
    if (url === fileUrl) return true;
    if (isMainFrame) return false;
    return url === 'about:blank' || url.startsWith(`${PDF_VIEWER_ORIGIN}/`);
  };
}

export interface PrintOutcome {
  success: boolean;
  failureReason: string;
}

/** The print window as the flow sees it; print-window.ts makes one from a BrowserWindow. */
export interface PrintTarget {
  /** Shows the file; rejects when it could not be loaded. */
  load(): Promise<void>;
  /** Settles when the viewer has the document ready to print (may never settle). */
  ready: Promise<void>;
  /** The owner closed the window. */
  closed(): boolean;
  /** Asks for the system print dialog; settles when it has been dealt with. */
  print(): Promise<PrintOutcome>;
}

export interface PrintFlowOptions {
  /** The file, for the fallback. */
  file: string;
  /** Opens the file in its default program: the fallback when the window cannot print it. */
  openFile(file: string): Promise<void>;
  /**
   * How long to wait for the viewer's "ready to print" after the page has loaded. Electron's own test
   * waits for that signal before printing a PDF; if it never comes (it is internal to Electron and
   * could be renamed), the dialog is asked for anyway once this has passed.
   */
  readyWithinMs?: number;
  /** A failure after the flow has answered (printing failed, and so did opening the file). */
  onLateFailure(message: string): void;
  wait?(ms: number): Promise<void>;
}

export const READY_WITHIN_MS = 5_000;

/**
 * Shows the PDF and asks for the print dialog once the viewer has it ready. Resolves once the dialog
 * has been asked for (so the screen does not wait on the person at the printer), or once the file has
 * been opened in its default program instead because the window could not show it. A print that
 * then fails (not a cancel) falls back to opening the file too.
 */
export async function showAndPrint(target: PrintTarget, options: PrintFlowOptions): Promise<void> {
  const wait = options.wait ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  try {
    await target.load();
  } catch {
    if (target.closed()) return;
    await options.openFile(options.file);
    return;
  }
  await Promise.race([target.ready, wait(options.readyWithinMs ?? READY_WITHIN_MS)]);
  // Closed before the dialog: the owner changed their mind, nothing to do.
  if (target.closed()) return;
  void target.print().then(
    (outcome) => {
      if (outcome.success || isCancel(outcome.failureReason)) return;
      fallBack(options);
    },
    () => fallBack(options),
  );
}

function fallBack(options: PrintFlowOptions): void {
  options.openFile(options.file).catch((error: unknown) => {
    options.onLateFailure(
      `Duly could not print ${path.basename(options.file)}, nor open it: ${messageOf(error)} ` +
        `The file is at ${options.file}`,
    );
  });
}

/** Electron says "Print job canceled" when the person closes the dialog without printing. */
export function isCancel(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

/**
 * shell.openPath resolves to the system's own message ('' on success); the owner gets it in a
 * sentence that says which file and what to do.
 */
export function openFailure(file: string, systemMessage: string): string {
  const name = path.basename(file);
  const detail = systemMessage.trim().replace(/[.\s]+$/, '');
  const what = file.toLowerCase().endsWith('.eml')
    ? 'Check that a mail program (Outlook, Thunderbird, Apple Mail…) is set up to open email files'
    : 'Check that a program is set up to open PDF files';
  return `Your computer could not open ${name}${detail ? ` (${detail})` : ''}. ${what}.`;
}
