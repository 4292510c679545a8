import { TextInput, type TextInputProps } from '@mantine/core';
import { useAppData } from '../app-data';
import { exampleAmount, type MoneyReading, readMoneyText } from './money-text';

/** An amount typed as text in the books' currency; parse it with useMoneyReader on saving. */
export function MoneyInput(props: TextInputProps) {
  const { settings } = useAppData();
  const currency = settings?.currency ?? 'GBP';
  const locale = settings?.locale ?? 'en-GB';
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      placeholder={exampleAmount(currency, locale)}
      leftSection={
        <span style={{ fontSize: 'var(--mantine-font-size-sm)' }}>{currencySymbol(currency, locale)}</span>
      }
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
      {...props}
    />
  );
}

/** Reads typed amounts with the books' currency digits and the locale's decimal separator. */
export function useMoneyReader(): (text: string, options?: { allowZero?: boolean }) => MoneyReading {
  const { settings } = useAppData();
  const currency = settings?.currency ?? 'GBP';
  const locale = settings?.locale ?? 'en-GB';
  return (text, options) => readMoneyText(text, { currency, locale, ...options });
}

function currencySymbol(currency: string, locale: string): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? currency;
}
