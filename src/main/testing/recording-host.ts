import type { HandOffHost } from '../session/host';

// The desktop host as tests see it: it records every file it is handed (and what for) instead of
// opening a window or a program, and fails on demand with the words a real host would use.

export interface RecordingHost {
  host: HandOffHost;
  /** [what, full path], in order: ['printPdf', '/tmp/…/Statement C001.pdf']. */
  calls: [string, string][];
  /** Set: openFile and printPdf reject with this message (after recording the call). */
  failWith: string | undefined;
  /** Forgets the calls and stops failing. */
  reset(): void;
}

export function recordingHost(): RecordingHost {
  const recording: RecordingHost = {
    calls: [],
    failWith: undefined,
    reset() {
      recording.calls.length = 0;
      recording.failWith = undefined;
    },
    host: {
      chooseFile: async () => null,
      reveal: (file) => void recording.calls.push(['reveal', file]),
      openFile: async (file) => handed('openFile', file),
      printPdf: async (file) => handed('printPdf', file),
    },
  };
  const handed = (what: string, file: string): void => {
    recording.calls.push([what, file]);
    if (recording.failWith) throw new Error(recording.failWith);
  };
  return recording;
}
