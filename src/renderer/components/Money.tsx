import { Text, type TextProps } from '@mantine/core';
import { formatMoney } from '../../shared/money';
import { useAppData } from '../app-data';

interface MoneyProps extends TextProps {
  /** Minor units (pence, cents). */
  value: number;
  /** Another currency than the books' (rare). */
  currency?: string;
  /** Show nothing-owed as a dash, in tables where zeros are noise. */
  dashForZero?: boolean;
}

/** An amount in the business's currency and locale; tabular figures so columns line up. */
export function Money({ value, currency, dashForZero, ...text }: MoneyProps) {
  const { settings } = useAppData();
  const code = currency ?? settings?.currency ?? 'GBP';
  const locale = settings?.locale ?? 'en-GB';
  const shown = dashForZero && value === 0 ? '–' : formatMoney(value, code, locale);
  return (
    <Text
      component="span"
      inherit
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      {...text}
    >
      {shown}
    </Text>
  );
}

/** The same formatting as a plain string, for labels, titles and aria text. */
export function useMoneyFormat(): (minor: number) => string {
  const { settings } = useAppData();
  return (minor) => formatMoney(minor, settings?.currency ?? 'GBP', settings?.locale ?? 'en-GB');
}
