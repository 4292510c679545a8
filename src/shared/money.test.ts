import { describe, expect, it } from 'vitest';
import { formatMoney, isCurrencyCode, minorDigits, parseMoney, splitEvenly, toDecimalString } from './money';

describe('money in minor units', () => {
  it('knows each currency’s minor digits', () => {
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('jpy')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('writes exact decimal strings', () => {
    expect(toDecimalString(123456, 2)).toBe('1234.56');
    expect(toDecimalString(-5, 2)).toBe('-0.05');
    expect(toDecimalString(0, 2)).toBe('0.00');
    expect(toDecimalString(1234, 0)).toBe('1234');
    expect(toDecimalString(1001, 3)).toBe('1.001');
    expect(() => toDecimalString(1.5, 2)).toThrow();
  });

  it('formats with Intl without float error', () => {
    expect(formatMoney(123456, 'GBP', 'en-GB')).toBe('£1,234.56');
    expect(formatMoney(-40000, 'USD', 'en-US')).toBe('-$400.00');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(900719925474099, 'GBP', 'en-GB')).toBe('£9,007,199,254,740.99');
    expect(formatMoney(1234, 'JPY', 'ja-JP')).toBe('￥1,234');
  });

  it.each([
    ['1,234.56', '.', 123456],
    ['$1,234.56', '.', 123456],
    ['£ 3.5', '.', 350],
    ['(400.00)', '.', -40000],
    ['-12', '.', -1200],
    ['12-', '.', -1200],
    ['1.234,56 €', ',', 123456],
    ['1 234,56', ',', 123456],
    ['1\u00a0234,56', ',', 123456],
    ["1'234.50", '.', 123450],
    ['USD 10', '.', 1000],
    ['  99.90  ', '.', 9990],
    ['.5', '.', 50],
    ['0', '.', 0],
    ['12.300', '.', 1230],
  ] as const)('parses %s', (text, decimal, expected) => {
    expect(parseMoney(text, 2, decimal)).toBe(expected);
  });

  it.each([
    ['', '.'],
    ['abc', '.'],
    ['12.345', '.'],
    ['1,23,4.00', '.'],
    ['1.2.3', '.'],
    ['12,34', '.'],
    ['--5', '.'],
  ] as const)('refuses %s', (text, decimal) => {
    expect(parseMoney(text, 2, decimal)).toBeNull();
  });

  it('respects currencies without minor units', () => {
    expect(parseMoney('¥1,234', 0)).toBe(1234);
    expect(parseMoney('1234.5', 0)).toBeNull();
  });

  it('splits amounts that add up to the cent', () => {
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(-1000, 3)).toEqual([-334, -333, -333]);
    expect(splitEvenly(10001, 4).reduce((a, b) => a + b)).toBe(10001);
  });

  it('checks currency codes', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
});
