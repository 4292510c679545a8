import { type UseFormReturnType, useForm } from '@mantine/form';
import { useEffect, useMemo, useRef } from 'react';
import type { SettingsDto, SettingsUpdateInput } from '../../../shared/contract/settings';
import type { DulyRequestError } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { notifyDone } from '../../components/notify';

// What the settings cards built on a Mantine form share (the business details, letters and
// statements): the form starts from the saved settings and follows them when they change underneath;
// it is checked with the contract's schema before anything is sent; main's refusal about one field
// stands at that field; saving says so; discarding puts back what is saved.

type Parsed<V> =
  | { ok: true; input: SettingsUpdateInput }
  | { ok: false; errors: Partial<Record<keyof V, string>> };

interface SettingsFormOptions<V extends object> {
  settings: SettingsDto;
  /** The card's part of the settings, as the form holds it. */
  toValues(settings: SettingsDto): V;
  /** The input for settings.update, or one message per field. */
  parse(values: V): Parsed<V>;
  /** Which field of the form a refusal from main is about (main names the input's path). */
  fieldOf(path: string | undefined): (keyof V & string) | undefined;
  /** The notice once saved; its id keeps a second save from stacking a second notice. */
  savedNotice: { id: string; message: string };
}

export interface SettingsForm<V> {
  form: UseFormReturnType<V>;
  pending: boolean;
  /** Main's refusal when it names no field of this form: for an alert above the buttons. */
  general: DulyRequestError | undefined;
  dirty: boolean;
  submit: (event?: React.FormEvent<HTMLFormElement>) => void;
  discard(): void;
}

export function useSettingsForm<V extends object>({
  settings,
  toValues,
  parse,
  fieldOf,
  savedNotice,
}: SettingsFormOptions<V>): SettingsForm<V> {
  const save = useMutation('settings.update');
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: toValues(settings),
    validate: (values) => {
      const parsed = parse(values);
      return parsed.ok ? {} : parsed.errors;
    },
  });
  const { setValues, resetDirty, clearErrors, setFieldError } = form;

  // The settings can change under the form (a backup restored, another card or window saved): show
  // what the books now hold. Keyed on this form's values, so re-reads that change none of them leave
  // the owner's typing alone.
  const savedKey = JSON.stringify(toValues(settings));
  const saved = useMemo(() => JSON.parse(savedKey) as V, [savedKey]);
  useEffect(() => {
    setValues(saved);
    resetDirty(saved);
    clearErrors();
  }, [saved, setValues, resetDirty, clearErrors]);

  // Main's refusal about one field ("the currency can only change while…") stands at that field and
  // goes when the owner edits it, like the form's own messages. Each refusal is placed once: the
  // effect runs again whenever the form's errors change (setFieldError changes with them).
  const refusal = save.error;
  const placed = useRef<DulyRequestError | undefined>(undefined);
  useEffect(() => {
    if (!refusal || placed.current === refusal) return;
    placed.current = refusal;
    const field = fieldOf(refusal.field);
    if (field) setFieldError(field, refusal.message);
  }, [refusal, fieldOf, setFieldError]);

  const submit = form.onSubmit(async (values) => {
    const parsed = parse(values);
    if (!parsed.ok) return;
    const answer = await save.run(parsed.input);
    if (!answer) return;
    const next = toValues(answer);
    setValues(next);
    resetDirty(next);
    notifyDone({ ...savedNotice, title: 'Saved' });
  });

  const discard = () => {
    setValues(saved);
    resetDirty(saved);
    clearErrors();
    save.reset();
  };

  return {
    form,
    pending: save.pending,
    general: refusal && !fieldOf(refusal.field) ? refusal : undefined,
    dirty: form.isDirty(),
    submit,
    discard,
  };
}
