import { DATE_FORMATS, type SettingsDto } from '../../../../shared/contract/settings';
import { formatDate } from '../../../../shared/dates';
import { formatMoney, minorDigits } from '../../../../shared/money';

// The choices the settings form offers, named in plain English. Built from Intl, so every currency
// main accepts (ISO 4217, as Intl knows it) can be picked, and the names come for free.

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroup {
  group: string;
  items: Choice[];
}

/** Day 31 of month 01: no one can mistake the day for the month in the example. */
export const EXAMPLE_DATE = '2026-01-31';

/** Currencies most of Duly's owners use, offered first; every other ISO code follows. */
const COMMON_CURRENCIES = [
  'GBP',
  'EUR',
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
];

/** Locales for shops in the places Duly is used; the owner's own, if another, is added to the list. */
const COMMON_LOCALES = [
  'en-GB',
  'en-IE',
  'en-US',
  'en-CA',
  'fr-CA',
  'en-AU',
  'en-NZ',
  'en-ZA',
  'en-IN',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-BE',
  'fr-CH',
  'nl-NL',
  'nl-BE',
  'it-IT',
  'es-ES',
  'es-MX',
  'pt-PT',
  'pt-BR',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'ja-JP',
];

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });

function currencyChoice(code: string): Choice {
  const name = currencyNames.of(code);
  return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
}

let currencyGroups: ChoiceGroup[] | undefined;

/** Every currency Intl knows, the common ones first ("GBP — British Pound"). Built once. */
export function currencyChoices(): ChoiceGroup[] {
  if (!currencyGroups) {
    const common = new Set(COMMON_CURRENCIES);
    const others = Intl.supportedValuesOf('currency').filter((code) => !common.has(code));
    currencyGroups = [
      { group: 'Most used', items: COMMON_CURRENCIES.map(currencyChoice) },
      { group: 'Every other currency', items: others.map(currencyChoice) },
    ];
  }
  return currencyGroups;
}

/** "English (United Kingdom) · en-GB"; the owner's current locale is kept even when not common. */
export function localeChoices(current: string): Choice[] {
  const codes =
    COMMON_LOCALES.includes(current) || current === '' ? COMMON_LOCALES : [current, ...COMMON_LOCALES];
  return codes.map((code) => ({ value: code, label: `${languageNames.of(code) ?? code} · ${code}` }));
}

/** "DD/MM/YYYY — 31/01/2026". */
export function dateFormatChoices(): Choice[] {
  return DATE_FORMATS.map((format) => ({
    value: format,
    label: `${format} — ${formatDate(EXAMPLE_DATE, format)}`,
  }));
}

/**
 * How an amount and a date will look with these choices: "£1,234.56 · 31/01/2026". Undefined when
 * a choice is not usable yet (a locale Intl cannot read), so the form never shows a broken example.
 */
export function exampleOf(
  choices: Pick<SettingsDto, 'currency' | 'locale' | 'dateFormat'>,
): string | undefined {
  try {
    const digits = minorDigits(choices.currency);
    // 1,234.56 in the currency's own minor units: ¥1,234 for yen, 1,234.560 for dinars.
    const minor = digits >= 2 ? 123_456 * 10 ** (digits - 2) : 1_234 * 10 ** digits;
    return `${formatMoney(minor, choices.currency, choices.locale)} · ${formatDate(EXAMPLE_DATE, choices.dateFormat)}`;
  } catch {
    return undefined;
  }
}
