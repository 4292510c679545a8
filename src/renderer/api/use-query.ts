import { useCallback, useEffect, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { useDataVersion } from '../app-data';
import { invoke } from './client';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: Error };

export type Query<T> = QueryState<T> & { reload: () => void; refreshing: boolean };

/**
 * Reads one channel for a screen, and again whenever its input changes, anything changes in the
 * books (the data version), or reload() is called. Every screen's read is one round trip (see
 * ARCHITECTURE.md), so this stays small: no cache, no retries. While reading again the last answer
 * stays on screen (no flashing skeletons), and a late answer to an earlier input is dropped, so a
 * fast typist never sees stale results.
 */
export function useQuery<C extends Channel>(channel: C, input: InputOf<C>): Query<OutputOf<C>> {
  const [state, setState] = useState<QueryState<OutputOf<C>>>(loading);
  const [refreshing, setRefreshing] = useState(false);
  const [generation, setGeneration] = useState(0);
  // The input's JSON is the dependency: a new object with the same content is the same question.
  const key = JSON.stringify(input ?? {});
  const version = useDataVersion();

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for input; generation and version force a reload.
  useEffect(() => {
    let current = true;
    setRefreshing(true);
    invoke(channel, JSON.parse(key) as InputOf<C>).then(
      (data) => {
        if (!current) return;
        setState({ status: 'success', data, error: undefined });
        setRefreshing(false);
      },
      (error: unknown) => {
        if (!current) return;
        setState({
          status: 'error',
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        });
        setRefreshing(false);
      },
    );
    return () => {
      current = false;
    };
  }, [channel, key, generation, version]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload, refreshing };
}

const loading = { status: 'loading', data: undefined, error: undefined } as const;
