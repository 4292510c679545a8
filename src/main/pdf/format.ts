import type { SettingsDto } from '../../shared/contract/settings';
import { formatDate, type IsoDate } from '../../shared/dates';
import { formatMoney, type Minor } from '../../shared/money';

// How every document writes money, dates and shares: the business's currency and locale, the owner's
// date format. Money goes through formatMoney (decimal strings, never floats).

export interface DocumentFormats {
  money(minor: Minor): string;
  date(date: IsoDate): string;
  /** part of whole as a percentage with one decimal ("12.5%"); empty when the whole is zero. */
  share(part: Minor, whole: Minor): string;
  /** A count in the locale's digits and grouping ("5,000"). */
  count(n: number): string;
}

export function documentFormats(
  settings: Pick<SettingsDto, 'currency' | 'locale' | 'dateFormat'>,
): DocumentFormats {
  const { currency, locale, dateFormat } = settings;
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    money: (minor) => formatMoney(minor, currency, locale),
    date: (date) => formatDate(date, dateFormat),
    share: (part, whole) => {
      if (whole === 0) return '';
      // Tenths of a percent in integers, handed to Intl as an exact decimal string ("125e-3" → 12.5%).
      const tenths = Math.round((part * 1000) / whole);
      return percent.format(`${tenths}e-3` as `${number}`);
    },
    count: (n) => integer.format(n),
  };
}
