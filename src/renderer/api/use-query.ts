import { useCallback, useEffect, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { invoke } from './client';

export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: Error };

export type Query<T> = QueryState<T> & { reload: () => void };

/**
 * Reads one channel for a screen, and again whenever its input changes or reload() is called. Every
 * screen's read is one round trip (see ARCHITECTURE.md), so this stays small: no cache, no retries.
 * A late answer to an earlier input is dropped, so a fast typist never sees stale results.
 */
export function useQuery<C extends Channel>(channel: C, input: InputOf<C>): Query<OutputOf<C>> {
  const [state, setState] = useState<QueryState<OutputOf<C>>>(loading);
  const [generation, setGeneration] = useState(0);
  // The input's JSON is the dependency: a new object with the same content is the same question.
  const key = JSON.stringify(input ?? {});

  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for input; generation forces a reload.
  useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'loading' ? s : loading));
    invoke(channel, JSON.parse(key) as InputOf<C>).then(
      (data) => current && setState({ status: 'success', data, error: undefined }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [channel, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

const loading = { status: 'loading', data: undefined, error: undefined } as const;
