import { describe, expect, it } from 'vitest';
import {
  isCancel,
  openFailure,
  PDF_VIEWER_ORIGIN,
  type PrintOutcome,
  type PrintTarget,
  pdfWindowRule,
  showAndPrint,
} from './print-flow';

// The print window's rules and steps without Electron: a fake window that records what happened.

const FILE = '/tmp/Duly/hand-off/Ab12Cd/Statement C001 2026-11-23.pdf';
const FILE_URL = 'file:///tmp/Duly/hand-off/Ab12Cd/Statement%20C001%202026-11-23.pdf';

describe('pdfWindowRule', () => {
  const allows = pdfWindowRule(FILE_URL);

  it('lets the page (re)load its file and the PDF viewer’s frames load', () => {
    expect(allows({ url: FILE_URL, isMainFrame: true })).toBe(true);
    expect(allows({ url: 'about:blank', isMainFrame: false })).toBe(true);
    expect(allows({ url: `${PDF_VIEWER_ORIGIN}/index.html`, isMainFrame: false })).toBe(true);
    expect(
      allows({ url: `${PDF_VIEWER_ORIGIN}/3f1c0d9e-5a6b-4c7d-8e9f-0a1b2c3d4e5f`, isMainFrame: false }),
    ).toBe(true);
    expect(allows({ url: FILE_URL, isMainFrame: false })).toBe(true);
  });

  it('refuses everything else, in any frame', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'file:///tmp/Duly/hand-off/Ab12Cd/other.pdf',
      'app://duly/',
      'about:blank',
      `${PDF_VIEWER_ORIGIN}/index.html`,
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
      `${PDF_VIEWER_ORIGIN}.evil.example/`,
      'chrome://settings',
      'javascript:alert(1)',
    ]) {
      expect(allows({ url, isMainFrame: true }), url).toBe(false);
    }
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
      `${PDF_VIEWER_ORIGIN}.evil.example/`,
      'data:text/html,<script>1</script>',
      'about:srcdoc',
    ]) {
      expect(allows({ url, isMainFrame: false }), url).toBe(false);
    }
  });
});

/** A print window that records the steps, with its readiness and print outcome in the test's hands. */
function fakeWindow(options: { loads?: boolean; outcome?: PrintOutcome | 'throws' } = {}) {
  const steps: string[] = [];
  let markReady: () => void = () => undefined;
  let closed = false;
  let printed: (() => void) | undefined;
  const printedPromise = new Promise<void>((resolve) => {
    printed = resolve;
  });
  const target: PrintTarget = {
    load: async () => {
      steps.push('load');
      if (options.loads === false) throw new Error('ERR_FILE_NOT_FOUND');
    },
    ready: new Promise<void>((resolve) => {
      markReady = resolve;
    }),
    closed: () => closed,
    print: async () => {
      steps.push('print');
      printed?.();
      if (options.outcome === 'throws') throw new Error('gone');
      return options.outcome ?? { success: true, failureReason: '' };
    },
  };
  return {
    target,
    steps,
    ready: () => markReady(),
    close: () => {
      closed = true;
    },
    printed: printedPromise,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function flow(window: ReturnType<typeof fakeWindow>, over: { openFails?: boolean } = {}) {
  const opened: string[] = [];
  const late: string[] = [];
  let timeUp: () => void = () => undefined;
  const done = showAndPrint(window.target, {
    file: FILE,
    openFile: async (file) => {
      window.steps.push('openFile');
      opened.push(file);
      if (over.openFails) throw new Error('Your computer could not open it.');
    },
    onLateFailure: (message) => void late.push(message),
    wait: () =>
      new Promise<void>((resolve) => {
        timeUp = resolve;
      }),
  });
  return { done, opened, late, timeUp: () => timeUp() };
}

describe('showAndPrint', () => {
  it('waits for the viewer to have the PDF ready, then asks for the dialog once', async () => {
    const window = fakeWindow();
    const run = flow(window);
    await settle();
    expect(window.steps).toEqual(['load']);
    window.ready();
    await run.done;
    await window.printed;
    run.timeUp();
    await settle();
    expect(window.steps).toEqual(['load', 'print']);
    expect(run.opened).toEqual([]);
  });

  it('asks for the dialog anyway when the ready signal never comes', async () => {
    const window = fakeWindow();
    const run = flow(window);
    await settle();
    run.timeUp();
    await run.done;
    expect(window.steps).toEqual(['load', 'print']);
  });

  it('does nothing more when the owner closed the window before the dialog', async () => {
    const window = fakeWindow();
    const run = flow(window);
    await settle();
    window.close();
    window.ready();
    await run.done;
    expect(window.steps).toEqual(['load']);
    expect(run.opened).toEqual([]);
  });

  it('opens the file in its default program when the window cannot show it', async () => {
    const window = fakeWindow({ loads: false });
    const run = flow(window);
    await run.done;
    expect(window.steps).toEqual(['load', 'openFile']);
    expect(run.opened).toEqual([FILE]);
  });

  it('rejects, in the host’s words, when neither the window nor the default program could', async () => {
    const window = fakeWindow({ loads: false });
    await expect(flow(window, { openFails: true }).done).rejects.toThrow('Your computer could not open it.');
  });

  it('a cancelled dialog is no failure', async () => {
    const window = fakeWindow({ outcome: { success: false, failureReason: 'Print job canceled' } });
    const run = flow(window);
    window.ready();
    await run.done;
    await settle();
    expect(window.steps).toEqual(['load', 'print']);
    expect(run.late).toEqual([]);
  });

  it.each([
    { success: false, failureReason: 'Print job failed' },
    { success: false, failureReason: 'Invalid printer settings' },
    'throws' as const,
  ])('falls back to the default program when printing fails (%j)', async (outcome) => {
    const window = fakeWindow({ outcome });
    const run = flow(window);
    window.ready();
    await run.done;
    await settle();
    expect(window.steps).toEqual(['load', 'print', 'openFile']);
    expect(run.opened).toEqual([FILE]);
  });

  it('tells the owner when printing failed and opening failed too', async () => {
    const window = fakeWindow({ outcome: { success: false, failureReason: 'Print job failed' } });
    const run = flow(window, { openFails: true });
    window.ready();
    await run.done;
    await settle();
    expect(run.late).toEqual([
      `Duly could not print Statement C001 2026-11-23.pdf, nor open it: Your computer could not open it. The file is at ${FILE}`,
    ]);
  });
});

describe('words', () => {
  it('knows a cancel from a failure', () => {
    expect(isCancel('Print job canceled')).toBe(true);
    expect(isCancel('cancelled')).toBe(true);
    expect(isCancel('Print job failed')).toBe(false);
  });

  it('says which file the system could not open, and what to check', () => {
    expect(openFailure('/tmp/x/Reminder.eml', 'No application is associated with the specified file.')).toBe(
      'Your computer could not open Reminder.eml (No application is associated with the specified file). ' +
        'Check that a mail program (Outlook, Thunderbird, Apple Mail…) is set up to open email files.',
    );
    expect(openFailure('/tmp/x/all.pdf', '')).toBe(
      'Your computer could not open all.pdf. Check that a program is set up to open PDF files.',
    );
  });
});
