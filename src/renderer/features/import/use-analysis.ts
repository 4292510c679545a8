import { useEffect, useState } from 'react';
import type { ImportAnalysis, ImportInput } from '../../../shared/contract/imports';
import { invoke } from '../../api/client';
import type { PickedFile } from './picked-files';

export type DateOrder = NonNullable<ImportInput['dateOrder']>;

/** What import.analyse and import.start are sent: the files, each with the owner's mapping if any. */
export function importInput(files: readonly PickedFile[], dateOrder: DateOrder | undefined): ImportInput {
  return {
    files: files.map((f) => ({ name: f.name, data: f.data, ...(f.mapping ? { mapping: f.mapping } : {}) })),
    ...(dateOrder ? { dateOrder } : {}),
  };
}

export interface Analysis {
  /** The latest answer; kept on screen while a newer question is asked, so nothing flashes. */
  analysis: ImportAnalysis | undefined;
  checking: boolean;
  error: Error | undefined;
  retry: () => void;
}

const SETTLE_MS = 250;

/**
 * Checks the files with main (nothing is written), again whenever the files, a mapping or the date
 * order change. Changes in quick succession (typing a header row number) are asked about once, and
 * a late answer to an earlier question never replaces a newer one.
 */
export function useAnalysis(
  files: readonly PickedFile[],
  dateOrder: DateOrder | undefined,
  active: boolean,
): Analysis {
  const [analysis, setAnalysis] = useState<ImportAnalysis>();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);

  // Back at choosing files: the last answer was about other files, and must not be shown for new ones.
  useEffect(() => {
    if (!active) setAnalysis(undefined);
  }, [active]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt forces a retry.
  useEffect(() => {
    if (!active || files.length === 0) return;
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      invoke('import.analyse', importInput(files, dateOrder)).then(
        (answer) => {
          if (!current) return;
          setAnalysis(answer);
          setError(undefined);
          setChecking(false);
        },
        (e: unknown) => {
          if (!current) return;
          setError(e instanceof Error ? e : new Error(String(e)));
          setChecking(false);
        },
      );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [files, dateOrder, active, attempt]);

  return { analysis, checking, error, retry: () => setAttempt((n) => n + 1) };
}
