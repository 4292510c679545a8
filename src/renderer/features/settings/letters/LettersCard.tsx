import {
  Button,
  Divider,
  Group,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useRef } from 'react';
import type { SettingsDto } from '../../../../shared/contract/settings';
import type { DulyRequestError } from '../../../api/client';
import { useMutation } from '../../../api/use-mutation';
import { useAppData } from '../../../app-data';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyDone } from '../../../components/notify';
import { SectionCard } from '../../../components/SectionCard';
import { EnvelopeFields } from './EnvelopeFields';
import { LogoField } from './LogoField';
import {
  fieldOf,
  type LettersFormValues,
  parseLetters,
  toLettersValues,
  validateLetters,
} from './letters-form';

const TITLE = 'Letters and statements';
const DESCRIPTION =
  'What your letters and statements carry besides your name and address: your logo, how to pay you and who signs; and the paper and envelopes you print on.';

export function LettersCard() {
  const { settings } = useAppData();
  if (!settings) {
    return (
      <SectionCard title={TITLE} description={DESCRIPTION}>
        <Stack gap="md" aria-hidden>
          <Skeleton height={96} width={240} />
          <Skeleton height={80} />
          <Skeleton height={56} />
        </Stack>
      </SectionCard>
    );
  }
  return <LettersForm settings={settings} />;
}

function LettersForm({ settings }: { settings: SettingsDto }) {
  const save = useMutation('settings.update');
  const form = useForm<LettersFormValues>({
    mode: 'controlled',
    initialValues: toLettersValues(settings),
    validate: validateLetters,
  });
  const { setValues, resetDirty, clearErrors, setFieldError } = form;

  // Settings can change under the form (a restore, the paper chosen from the business details): show
  // what the books now hold. Keyed on the values, so re-reads that change nothing leave typing alone.
  const savedKey = JSON.stringify(toLettersValues(settings));
  const saved = useMemo(() => JSON.parse(savedKey) as LettersFormValues, [savedKey]);
  useEffect(() => {
    setValues(saved);
    resetDirty(saved);
    clearErrors();
  }, [saved, setValues, resetDirty, clearErrors]);

  // Main's refusal about one field stands at that field, once, like the form's own messages.
  const refusal = save.error;
  const placed = useRef<DulyRequestError | undefined>(undefined);
  useEffect(() => {
    if (!refusal || placed.current === refusal) return;
    placed.current = refusal;
    const field = fieldOf(refusal.field);
    if (field) setFieldError(field, refusal.message);
  }, [refusal, setFieldError]);

  const submit = form.onSubmit(async (values) => {
    const parsed = parseLetters(values);
    if (!parsed.ok) return;
    const answer = await save.run(parsed.input);
    if (!answer) return;
    const next = toLettersValues(answer);
    setValues(next);
    resetDirty(next);
    notifyDone({
      id: 'letters-saved',
      title: 'Saved',
      message: 'Your next letters and statements are printed this way.',
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
      <Stack gap="md">
        <LogoField hasLogo={settings.hasLogo} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Divider label="How to pay you" labelPosition="left" mt="sm" />
            <Textarea
              label="Payment details"
              description="Printed on every letter and statement: the account name, bank, sort code and account number, or IBAN."
              placeholder={'Corner Shop Ltd\nSort code 12-34-56 · Account 12345678'}
              autosize
              minRows={3}
              maxRows={8}
              {...form.getInputProps('paymentDetails')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Reference to quote"
                description="What customers should write on their payment."
                placeholder="The invoice number"
                {...form.getInputProps('paymentReference')}
              />
              <TextInput
                label="Payment link"
                description="A page where customers can pay, printed as you write it."
                placeholder="pay.cornershop.co.uk"
                {...form.getInputProps('paymentLink')}
              />
            </SimpleGrid>
            <Divider label="Signing and paper" labelPosition="left" mt="sm" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Signed by"
                description="The name under each letter."
                placeholder="Your name"
                {...form.getInputProps('signatureName')}
              />
              <Radio.Group
                label="Paper"
                description="What your printer holds."
                {...form.getInputProps('paper')}
              >
                <Group gap="xl" mt={8}>
                  <Radio value="a4" label="A4" />
                  <Radio value="letter" label="US Letter" />
                </Group>
              </Radio.Group>
            </SimpleGrid>
            <Divider label="Window envelopes" labelPosition="left" mt="sm" />
            <EnvelopeFields form={form} />
            {refusal && !fieldOf(refusal.field) ? (
              <ErrorAlert error={refusal} title="Your letter settings were not saved" />
            ) : null}
            <Group justify="flex-end" gap="sm" mt="xs">
              {dirty ? (
                <Button variant="subtle" color="gray" onClick={discard} disabled={save.pending}>
                  Discard changes
                </Button>
              ) : null}
              <Button type="submit" loading={save.pending} disabled={!dirty}>
                Save letter settings
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
