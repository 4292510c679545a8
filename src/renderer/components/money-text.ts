import { type DecimalSeparator, minorDigits, parseMoney, toDecimalString } from '../../shared/money';

// Reading an amount the owner typed into a form. The parsing itself is shared/money.ts (the same
// rules as imports); this adds what a form needs on top: the locale's decimal separator, and a
// message that says what is wrong in the owner's words instead of a bare "invalid".

const separators = new Map<string, DecimalSeparator>();

/** The decimal separator people write in this locale: "." for en-GB, "," for de-DE or fr-FR. */
export function decimalSeparatorOf(locale: string): DecimalSeparator {
  let sep = separators.get(locale);
  if (sep === undefined) {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    sep = part?.value === ',' ? ',' : '.';
    separators.set(locale, sep);
  }
  return sep;
}

export type MoneyReading = { ok: true; minor: number } | { ok: false; message: string };

export interface MoneyTextOptions {
  currency: string;
  locale: string;
  /** Accept zero (an invoice total may be zero; a payment may not). */
  allowZero?: boolean;
}

/** Typed text → minor units, or the reason it is not an amount. Negative amounts are refused. */
export function readMoneyText(
  text: string,
  { currency, locale, allowZero = false }: MoneyTextOptions,
): MoneyReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter an amount.' };
  const digits = minorDigits(currency);
  const decimal = decimalSeparatorOf(locale);
  const minor = parseMoney(trimmed, digits, decimal);
  if (minor === null) {
    const tooPrecise = new RegExp(`\\${decimal}\\d{${digits + 1},}\\s*$`).test(trimmed);
    if (tooPrecise || (digits === 0 && trimmed.includes(decimal))) {
      return {
        ok: false,
        message:
          digits === 0
            ? `${currency} amounts have no decimal places.`
            : `${currency} amounts have at most ${digits} decimal places.`,
      };
    }
    return {
      ok: false,
      message: `Write the amount as a number, such as ${exampleAmount(currency, locale)}.`,
    };
  }
  if (minor < 0) return { ok: false, message: 'Enter the amount without a minus sign.' };
  if (minor === 0 && !allowZero) return { ok: false, message: 'The amount must be more than zero.' };
  return { ok: true, minor };
}

/** "120.50" (or "120,50"): how an amount is typed in this locale, for placeholders and messages. */
export function exampleAmount(currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return digits === 0
    ? '120'
    : `120${decimalSeparatorOf(locale)}${'50'.padEnd(digits, '0').slice(0, digits)}`;
}

/** Minor units → the text to put back in a field for editing ("1234.5" → "1234.50"), no grouping. */
export function moneyToText(minor: number, currency: string, locale: string): string {
  const text = toDecimalString(minor, minorDigits(currency));
  return decimalSeparatorOf(locale) === ',' ? text.replace('.', ',') : text;
}
