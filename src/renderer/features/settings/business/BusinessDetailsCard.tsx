import { Divider, SimpleGrid, Skeleton, Stack, TextInput } from '@mantine/core';
import type { SettingsDto } from '../../../../shared/contract/settings';
import { useAppData } from '../../../app-data';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SectionCard } from '../../../components/SectionCard';
import { PaperSuggestion } from '../letters/PaperSuggestion';
import { SaveButtons } from '../SaveButtons';
import { useSettingsForm } from '../use-settings-form';
import { MoneyAndDatesFields } from './MoneyAndDatesFields';
import { parseSettings, settingsFieldOf, toFormValues } from './settings-form';

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
  const { form, pending, general, dirty, submit, discard } = useSettingsForm({
    settings,
    toValues: toFormValues,
    parse: parseSettings,
    fieldOf: settingsFieldOf,
    savedNotice: { id: 'settings-saved', message: 'Every screen uses your new details from now on.' },
  });
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
          {general ? <ErrorAlert error={general} title="Your details were not saved" /> : null}
          <SaveButtons dirty={dirty} pending={pending} onDiscard={discard} label="Save changes" mt="xs" />
        </Stack>
      </form>
    </SectionCard>
  );
}
