import { Button, Divider, Group, SimpleGrid, Skeleton, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useRef } from 'react';
import type { SettingsDto } from '../../../../shared/contract/settings';
import type { DulyRequestError } from '../../../api/client';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyDone } from '../../../components/notify';
import { SectionCard } from '../../../components/SectionCard';
import { PaperSuggestion } from '../letters/PaperSuggestion';
import { MoneyAndDatesFields } from './MoneyAndDatesFields';
import {
  isSettingsField,
  parseSettings,
  type SettingsFormValues,
  toFormValues,
  validateSettings,
} from './settings-form';

const TITLE = 'Your business';
const DESCRIPTION = 'Your name, address and how to reach you head every letter and statement Duly writes.';

export function BusinessDetailsCard() {
  const { settings } = useAppData();
  if (!settings) {
    return (
      <SectionCard title={TITLE} description={DESCRIPTION}>
        <Stack gap="md" aria-hidden>
          <Skeleton height={56} />
          <Skeleton height={56} />
          <Skeleton height={56} width="60%" />
        </Stack>
      </SectionCard>
    );
  }
  return <BusinessDetailsForm settings={settings} />;
}

function BusinessDetailsForm({ settings }: { settings: SettingsDto }) {
  const save = useMutation('settings.update');
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(settings),
    validate: validateSettings,
  });
  const { setValues, resetDirty, clearErrors, setFieldError } = form;

  // The settings can change under the form (a backup restored, another window): show what the books
  // now hold. Keyed on the values, so re-reads that change nothing leave the owner's typing alone.
  const savedKey = JSON.stringify(toFormValues(settings));
  const saved = useMemo(() => JSON.parse(savedKey) as SettingsFormValues, [savedKey]);
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
    if (isSettingsField(refusal.field)) setFieldError(refusal.field, refusal.message);
  }, [refusal, setFieldError]);

  const submit = form.onSubmit(async (values) => {
    const parsed = parseSettings(values);
    if (!parsed.ok) return;
    const answer = await save.run(parsed.input);
    if (!answer) return;
    const next = toFormValues(answer);
    setValues(next);
    resetDirty(next);
    notifyDone({
      id: 'settings-saved',
      title: 'Saved',
      message: 'Every screen uses your new details from now on.',
    });
  });

  const discard = () => {
    setValues(saved);
    resetDirty(saved);
    clearErrors();
    save.reset();
  };

  const dirty = form.isDirty();
  return (
    <SectionCard title={TITLE} description={DESCRIPTION}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Business name" {...form.getInputProps('businessName')} />
          <Stack gap={6}>
            <TextInput
              label="Address"
              placeholder="Street and number"
              {...form.getInputProps('addressLine1')}
            />
            <TextInput
              aria-label="Address, second line"
              placeholder="Second line, if any"
              {...form.getInputProps('addressLine2')}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="Postcode" {...form.getInputProps('postcode')} />
            <TextInput label="Town or city" {...form.getInputProps('city')} />
            <TextInput label="Country" {...form.getInputProps('country')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
            <TextInput label="Email" type="email" autoComplete="email" {...form.getInputProps('email')} />
            <TextInput
              label="Company or tax number"
              placeholder="VAT GB 123 4567 89"
              {...form.getInputProps('taxNumber')}
            />
          </SimpleGrid>
          <Divider label="Money and dates" labelPosition="left" mt="sm" />
          <MoneyAndDatesFields form={form} />
          <PaperSuggestion locale={form.values.locale} paper={settings.paper} />
          {refusal && !isSettingsField(refusal.field) ? (
            <ErrorAlert error={refusal} title="Your details were not saved" />
          ) : null}
          <Group justify="flex-end" gap="sm" mt="xs">
            {dirty ? (
              <Button variant="subtle" color="gray" onClick={discard} disabled={save.pending}>
                Discard changes
              </Button>
            ) : null}
            <Button type="submit" loading={save.pending} disabled={!dirty}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
