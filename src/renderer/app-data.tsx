import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AppInfo } from '../shared/contract/app';
import type { BooksStatus } from '../shared/contract/books';
import { BOOKS_EVENT, JOB_EVENT } from '../shared/contract/events';
import type { JobStatus } from '../shared/contract/jobs';
import type { SettingsDto } from '../shared/contract/settings';
import { api, invoke } from './api/client';

// What every screen needs to know about where it is: which Duly (desktop or browser), which books
// are open, the business's settings (currency, locale, date format). And one counter, the data
// version: every query reads it, so after any change (a form saved, an import finished, other books
// opened) every screen on show reads again, and lists and balances are never stale.

export interface AppData {
  info: AppInfo | undefined;
  books: BooksStatus | undefined;
  /** Undefined while loading, or when no books are open. */
  settings: SettingsDto | undefined;
  /** Bumped after every change; queries depend on it. */
  version: number;
  /** Call after saving something: every screen reads again. */
  changed(): void;
  /** Set when main could not be reached at all. */
  error: Error | undefined;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo>();
  const [books, setBooks] = useState<BooksStatus>();
  const [settings, setSettings] = useState<SettingsDto>();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<Error>();
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reason to read again.
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const [i, b] = await Promise.all([invoke('app.info', {}), invoke('books.status', {})]);
        const s = b.open ? await invoke('settings.get', {}) : undefined;
        if (!current) return;
        setInfo(i);
        setBooks(b);
        setSettings(s);
        setError(undefined);
      } catch (e) {
        if (current) setError(e instanceof Error ? e : new Error(String(e)));
      }
    })();
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    const offBooks = api.on(BOOKS_EVENT, () => changed());
    const offJobs = api.on(JOB_EVENT, (payload) => {
      if ((payload as JobStatus).state === 'done') changed();
    });
    return () => {
      offBooks();
      offJobs();
    };
  }, [changed]);

  const value = useMemo(
    () => ({ info, books, settings, version, changed, error }),
    [info, books, settings, version, changed, error],
  );
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData needs <AppDataProvider> above it.');
  return data;
}

/** The data version alone, for hooks that read again after any change. */
export function useDataVersion(): number {
  return useContext(AppDataContext)?.version ?? 0;
}
