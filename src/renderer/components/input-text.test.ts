import { describe, expect, it } from 'vitest';
import { dateHint, readDateText } from './date-text';
import { decimalSeparatorOf, exampleAmount, moneyToText, readMoneyText } from './money-text';

describe('typed dates', () => {
  it("reads the owner's format and ISO, always giving YYYY-MM-DD", () => {
    expect(readDateText('23/11/2026', 'DD/MM/YYYY')).toBe('2026-11-23');
    expect(readDateText('5/1/2026', 'DD/MM/YYYY')).toBe('2026-01-05');
    expect(readDateText('11/23/2026', 'MM/DD/YYYY')).toBe('2026-11-23');
    expect(readDateText('23.11.2026', 'DD.MM.YYYY')).toBe('2026-11-23');
    expect(readDateText(' 2026-11-23 ', 'DD/MM/YYYY')).toBe('2026-11-23');
    expect(readDateText('2026-11-23', 'YYYY-MM-DD')).toBe('2026-11-23');
  });

  it('refuses what is not a real date', () => {
    expect(readDateText('31/02/2026', 'DD/MM/YYYY')).toBeNull();
    expect(readDateText('23/11/26', 'DD/MM/YYYY')).toBeNull();
    expect(readDateText('23/11/2026', 'MM/DD/YYYY')).toBeNull();
    expect(readDateText('23/11/2026', 'YYYY-MM-DD')).toBeNull();
    expect(readDateText('', 'DD/MM/YYYY')).toBeNull();
    expect(dateHint('DD/MM/YYYY', '2026-11-23')).toBe('Write the date as DD/MM/YYYY, such as 23/11/2026.');
  });
});

describe('typed amounts', () => {
  const gbp = { currency: 'GBP', locale: 'en-GB' };
  it('reads amounts in minor units', () => {
    expect(readMoneyText('100', gbp)).toEqual({ ok: true, minor: 10000 });
    expect(readMoneyText('£1,234.56', gbp)).toEqual({ ok: true, minor: 123456 });
    expect(readMoneyText('0.1', gbp)).toEqual({ ok: true, minor: 10 });
    expect(readMoneyText('1.234,56', { currency: 'EUR', locale: 'de-DE' })).toEqual({
      ok: true,
      minor: 123456,
    });
    expect(readMoneyText('1500', { currency: 'JPY', locale: 'ja-JP' })).toEqual({ ok: true, minor: 1500 });
  });

  it('refuses more decimals than the currency has, negatives, zero and words', () => {
    expect(readMoneyText('12.345', gbp)).toEqual({
      ok: false,
      message: 'GBP amounts have at most 2 decimal places.',
    });
    expect(readMoneyText('15.5', { currency: 'JPY', locale: 'ja-JP' })).toEqual({
      ok: false,
      message: 'JPY amounts have no decimal places.',
    });
    expect(readMoneyText('-5', gbp)).toEqual({
      ok: false,
      message: 'Enter the amount without a minus sign.',
    });
    expect(readMoneyText('0', gbp)).toEqual({ ok: false, message: 'The amount must be more than zero.' });
    expect(readMoneyText('0', { ...gbp, allowZero: true })).toEqual({ ok: true, minor: 0 });
    expect(readMoneyText('ten', gbp)).toEqual({
      ok: false,
      message: 'Write the amount as a number, such as 120.50.',
    });
    expect(readMoneyText(' ', gbp)).toEqual({ ok: false, message: 'Enter an amount.' });
  });

  it('knows the locale and writes amounts back for editing', () => {
    expect(decimalSeparatorOf('en-GB')).toBe('.');
    expect(decimalSeparatorOf('fr-FR')).toBe(',');
    expect(exampleAmount('EUR', 'de-DE')).toBe('120,50');
    expect(exampleAmount('JPY', 'ja-JP')).toBe('120');
    expect(moneyToText(500000, 'GBP', 'en-GB')).toBe('5000.00');
  });
});
