import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { TemplateKey, TemplatePreview } from '../../../shared/contract/templates';
import { DulyRequestError, invoke, problemMessage } from '../../api/client';
import { useDataVersion } from '../../app-data';
import type { Draft } from './template-draft';

export interface PreviewState {
  /** The last letter merged; it stays on show (marked stale) while the wording has a problem. */
  preview: TemplatePreview | undefined;
  /** Main's refusal of the wording as it stands: the editor shows it at the part it names. */
  error: DulyRequestError | undefined;
  /** Typing has moved on from the letter on show, or an answer is on its way. */
  updating: boolean;
}

/**
 * The letter as it will read, merged by main (templates.preview) from the unsaved wording: a short
 * pause after the last key, and an answer to an older question is dropped. The same check as saving
 * runs on every preview, so an unknown field is refused at its part while the owner types.
 */
export function useTemplatePreview(
  key: TemplateKey,
  draft: Draft,
  customerId: number | undefined,
): PreviewState {
  const question =
    customerId === undefined
      ? ''
      : JSON.stringify({ key, customerId, ...draft } satisfies InputOf<'templates.preview'>);
  const [asked] = useDebouncedValue(question, 300);
  const version = useDataVersion();
  const [state, setState] = useState<PreviewState>({ preview: undefined, error: undefined, updating: false });

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reason to merge again (settings, payments).
  useEffect(() => {
    if (asked === '') return;
    let current = true;
    setState((s) => ({ ...s, updating: true }));
    invoke('templates.preview', JSON.parse(asked) as InputOf<'templates.preview'>).then(
      (preview) => {
        if (current) setState({ preview, error: undefined, updating: false });
      },
      (e: unknown) => {
        if (!current) return;
        // Not main's refusal: main could not be reached, said in the same plain words as elsewhere.
        const error =
          e instanceof DulyRequestError
            ? e
            : new DulyRequestError('templates.preview', { code: 'internal', message: problemMessage(e) });
        setState((s) => ({ preview: s.preview, error, updating: false }));
      },
    );
    return () => {
      current = false;
    };
  }, [asked, version]);

  return { ...state, updating: state.updating || question !== asked };
}
