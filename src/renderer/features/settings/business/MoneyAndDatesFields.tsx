import { Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconEye } from '@tabler/icons-react';
import { useMemo } from 'react';
import { currencyChoices, dateFormatChoices, exampleOf, localeChoices } from './choices';
import type { SettingsFormValues } from './settings-form';

interface MoneyAndDatesFieldsProps {
  form: UseFormReturnType<SettingsFormValues>;
}

/**
 * Currency, locale, date format and payment terms, with a live example of what they give. The long
 * lists open on typing, a click or the arrow keys, not on focus, so tabbing through the form stays quiet.
 */
export function MoneyAndDatesFields({ form }: MoneyAndDatesFieldsProps) {
  const { currency, locale, dateFormat } = form.values;
  const currencies = useMemo(() => currencyChoices(), []);
  const locales = useMemo(() => localeChoices(locale), [locale]);
  const dateFormats = useMemo(() => dateFormatChoices(), []);
  const example = exampleOf({ currency, locale, dateFormat });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <Select
          label="Currency"
          description="It can change only while the books hold no invoices."
          data={currencies}
          searchable
          openOnFocus={false}
          allowDeselect={false}
          nothingFoundMessage="No currency by that name or code"
          maxDropdownHeight={280}
          {...form.getInputProps('currency')}
        />
        <Select
          label="Language and region"
          description="How amounts are written: the symbol, the separators."
          data={locales}
          searchable
          openOnFocus={false}
          allowDeselect={false}
          nothingFoundMessage="Not in the list"
          maxDropdownHeight={280}
          {...form.getInputProps('locale')}
        />
        <Select
          label="Date format"
          description="Every date in Duly is shown this way."
          data={dateFormats}
          allowDeselect={false}
          {...form.getInputProps('dateFormat')}
        />
        <NumberInput
          label="Payment terms"
          description="Days to pay, unless a customer has terms of their own."
          suffix=" days"
          min={0}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('defaultPaymentTermsDays')}
        />
      </SimpleGrid>
      <Paper radius="md" px="md" py="sm" bg="var(--mantine-color-default-hover)" aria-live="polite">
        <Group gap="sm" wrap="nowrap">
          <IconEye size={18} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" />
          <Text size="sm" c="dimmed">
            Amounts and dates will look like this:
          </Text>
          <Text
            size="sm"
            fw={600}
            data-testid="settings-example"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {example ?? '—'}
          </Text>
        </Group>
      </Paper>
    </Stack>
  );
}
