import { Divider, Group, Radio, SimpleGrid, Skeleton, Stack, Textarea, TextInput } from '@mantine/core';
import type { SettingsDto } from '../../../../shared/contract/settings';
import { useAppData } from '../../../app-data';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SectionCard } from '../../../components/SectionCard';
import { SaveButtons } from '../SaveButtons';
import { useSettingsForm } from '../use-settings-form';
import { EnvelopeFields } from './EnvelopeFields';
import { LogoField } from './LogoField';
import { fieldOf, parseLetters, toLettersValues } from './letters-form';

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
  const { form, pending, general, dirty, submit, discard } = useSettingsForm({
    settings,
    toValues: toLettersValues,
    parse: parseLetters,
    fieldOf,
    savedNotice: { id: 'letters-saved', message: 'Your next letters and statements are printed this way.' },
  });
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
            {general ? <ErrorAlert error={general} title="Your letter settings were not saved" /> : null}
            <SaveButtons
              dirty={dirty}
              pending={pending}
              onDiscard={discard}
              label="Save letter settings"
              mt="xs"
            />
          </Stack>
        </form>
      </Stack>
    </SectionCard>
  );
}
