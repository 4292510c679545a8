// Money is an integer count of the currency's minor unit (pence, cents, yen) everywhere in Duly.
// Floats appear only at the very edge, never: formatting goes through decimal strings so that
// 0.1 + 0.2 never happens to an invoice.

export type Minor = number;

const digitsCache = new Map<string, number>();

/** How many minor digits a currency has: GBP 2, JPY 0, KWD 3 (from ISO 4217 via Intl). */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits as number;
    digitsCache.set(code, digits);
  }
  return digits;
}

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** 123456 with 2 digits → "1234.56"; -5 → "-0.05". Exact: no floating point involved. */
export function toDecimalString(minor: Minor, digits: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an amount in minor units: ${minor}`);
  const negative = minor < 0;
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Format for people: formatMoney(123456, 'GBP', 'en-GB') → "£1,234.56". */
export function formatMoney(minor: Minor, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  // Intl formats decimal strings exactly (ES2023), so no float ever touches the amount.
  return formatter.format(toDecimalString(minor, minorDigits(currency)) as `${number}`);
}

export type DecimalSeparator = '.' | ',';

/**
 * Parse an amount as people and spreadsheets write it: "$1,234.56", "1.234,56 €", "(400.00)",
 * "-12", "12-", "1 234,56", "1'234.50", "£ 3.5", "USD 10". Returns minor units, or null when the
 * text is not an amount. More decimals than the currency has are refused rather than rounded:
 * an import must not silently change money.
 */
const PLAIN = { '.': /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/, ',': /^(-?)(\d{1,15})(?:,(\d{1,6}))?$/ };

export function parseMoney(text: string, digits: number, decimal: DecimalSeparator = '.'): Minor | null {
  // Most cells are plain ("1234.50"): read those without the general machinery below.
  const plain = PLAIN[decimal].exec(text);
  if (plain) {
    const fraction = plain[3] ?? '';
    if (/[1-9]/.test(fraction.slice(digits))) return null;
    const value = Number(plain[2]! + fraction.slice(0, digits).padEnd(digits, '0'));
    if (!Number.isSafeInteger(value)) return null;
    return plain[1] && value !== 0 ? -value : value;
  }
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // The number in the middle; around it only a currency symbol or code, spaces and one sign.
  const m = /^([^\d.,]*?)([\d.,][\d.,\s\u00a0\u202f']*)([^\d.,]*)$/u.exec(s);
  if (!m) return null;
  const around = `${m[1]}${m[3]}`;
  if (!/^[\s\p{Sc}A-Za-z+-]*$/u.test(around)) return null;
  if ((around.match(/[A-Za-z]/g) ?? []).length > 3) return null;
  const signs = around.match(/[+-]/g) ?? [];
  if (signs.length > 1) return null;
  if (signs[0] === '-') negative = !negative;
  // Thousands groupings people use: spaces (incl. no-break and narrow no-break), apostrophes.
  s = m[2]!.trim().replace(/[\s\u00a0\u202f']/g, '');
  const group = decimal === '.' ? ',' : '.';
  if (!/^[\d.,]+$/.test(s)) return null;
  const parts = s.split(decimal);
  if (parts.length > 2) return null;
  const wholeRaw = parts[0] ?? '';
  const fraction = parts[1] ?? '';
  if (fraction.includes(group)) return null;
  // Grouping must be real grouping: "1,234,567" yes, "12,34" no.
  if (wholeRaw.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(wholeRaw)) return null;
  const whole = wholeRaw.split(group).join('');
  if (whole === '' && fraction === '') return null;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  const extra = fraction.slice(digits);
  if (/[1-9]/.test(extra)) return null;
  const fractionPadded = fraction.slice(0, digits).padEnd(digits, '0');
  const value = Number((whole === '' ? '0' : whole) + fractionPadded);
  if (!Number.isSafeInteger(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** Split an amount into n parts that add up exactly; the first parts take the leftover minor units. */
export function splitEvenly(total: Minor, parts: number): Minor[] {
  if (!Number.isInteger(parts) || parts <= 0) throw new RangeError('parts must be a positive integer');
  const base = Math.trunc(total / parts);
  let rest = total - base * parts;
  const step = rest >= 0 ? 1 : -1;
  const out: Minor[] = [];
  for (let i = 0; i < parts; i++) {
    if (rest !== 0) {
      out.push(base + step);
      rest -= step;
    } else {
      out.push(base);
    }
  }
  return out;
}
