import { useCallback, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { useAppData } from '../app-data';
import { DulyRequestError, invoke } from './client';

export interface Mutation<C extends Channel> {
  /** Sends the input; resolves to the answer, or undefined when main refused (see error). */
  run(input: InputOf<C>): Promise<OutputOf<C> | undefined>;
  pending: boolean;
  /** Main's refusal, with the field it concerns. */
  error: DulyRequestError | undefined;
  /** The message for one field of the form, when the refusal names it ("targets.0.invoiceId" too). */
  fieldError(field: string): string | undefined;
  reset(): void;
}

/**
 * A form's write: sends it, keeps main's refusal so the message can stand next to its field, and
 * after a success tells every screen to read again (the data version), so the change shows at once.
 */
export function useMutation<C extends Channel>(channel: C): Mutation<C> {
  const { changed } = useAppData();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<DulyRequestError>();
  const run = useCallback(
    async (input: InputOf<C>) => {
      setPending(true);
      setError(undefined);
      try {
        const answer = await invoke(channel, input);
        changed();
        return answer;
      } catch (e) {
        if (e instanceof DulyRequestError) {
          setError(e);
          return undefined;
        }
        throw e;
      } finally {
        setPending(false);
      }
    },
    [channel, changed],
  );
  return {
    run,
    pending,
    error,
    fieldError: (field) => (error && error.field === field ? error.message : undefined),
    reset: () => setError(undefined),
  };
}
