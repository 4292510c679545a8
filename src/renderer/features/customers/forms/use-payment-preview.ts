import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { PaymentPreview } from '../../../../shared/contract/payments';
import { invoke } from '../../../api/client';

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; last: PaymentPreview | undefined }
  | { status: 'ready'; preview: PaymentPreview }
  | { status: 'error'; message: string };

/**
 * Where the payment would go, asked of main (payments.preview) as the owner types: a short pause
 * after the last key, and an answer to an older question is dropped. Null input (nothing sensible
 * typed yet): no question.
 */
export function usePaymentPreview(input: InputOf<'payments.preview'> | null): PreviewState {
  const key = input ? JSON.stringify(input) : '';
  const [asked] = useDebouncedValue(key, 250);
  const [state, setState] = useState<PreviewState>({ status: 'idle' });

  useEffect(() => {
    if (asked === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({
      status: 'loading',
      last: s.status === 'ready' ? s.preview : s.status === 'loading' ? s.last : undefined,
    }));
    invoke('payments.preview', JSON.parse(asked) as InputOf<'payments.preview'>).then(
      (preview) => {
        if (current) setState({ status: 'ready', preview });
      },
      (e: unknown) => {
        if (current) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [asked]);

  // While typing (before the pause), the last answer stands, marked as updating.
  if (key === '') return { status: 'idle' };
  if (key !== asked && state.status === 'ready') return { status: 'loading', last: state.preview };
  return state;
}
