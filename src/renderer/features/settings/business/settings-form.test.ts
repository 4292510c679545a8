import { describe, expect, it } from 'vitest';
import { currencyChoices, dateFormatChoices, exampleOf, localeChoices } from './choices';
import { parseSettings, type SettingsFormValues } from './settings-form';

const values: SettingsFormValues = {
  businessName: 'My shop',
  addressLine1: '1 High Street',
  addressLine2: '',
  postcode: 'AB1 2CD',
  city: 'Bath',
  country: 'United Kingdom',
  phone: '01225 123456',
  email: 'accounts@cornershop.co.uk',
  taxNumber: 'GB 123 4567 89',
  currency: 'GBP',
  locale: 'en-GB',
  dateFormat: 'DD/MM/YYYY',
  defaultPaymentTermsDays: 30,
};

describe('the settings form', () => {
  it('gives settings.update its input, trimmed as main would', () => {
    const parsed = parseSettings({ ...values, businessName: '  Corner Shop ', currency: 'eur' });
    expect(parsed).toEqual({
      ok: true,
      input: { ...values, businessName: 'Corner Shop', currency: 'EUR' },
    });
  });

  it('puts a message in plain words at each field that is wrong', () => {
    const parsed = parseSettings({
      ...values,
      businessName: 'x'.repeat(121),
      currency: 'XYZ1',
      locale: 'not a locale',
      defaultPaymentTermsDays: '',
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        businessName: 'Keep this to 120 characters or fewer.',
        currency: 'Use a three-letter ISO currency code, such as GBP, EUR or USD.',
        locale: 'Use a locale such as en-GB, en-US, de-DE or fr-FR.',
        defaultPaymentTermsDays: 'Use a whole number of days, from 0 to 3650.',
      },
    });
  });

  it('takes an empty email, and refuses one that is not an address', () => {
    expect(parseSettings({ ...values, email: '  ' })).toMatchObject({ ok: true, input: { email: '' } });
    expect(parseSettings({ ...values, email: 'accounts at shop' })).toEqual({
      ok: false,
      errors: { email: 'Use an email address such as accounts@yourshop.co.uk.' },
    });
    expect(parseSettings({ ...values, phone: '0'.repeat(41) })).toEqual({
      ok: false,
      errors: { phone: 'Keep this to 40 characters or fewer.' },
    });
  });

  it('refuses terms that are not whole days from 0 to 3650', () => {
    for (const days of [-1, 3651, 2.5]) {
      expect(parseSettings({ ...values, defaultPaymentTermsDays: days }).ok).toBe(false);
    }
    expect(parseSettings({ ...values, defaultPaymentTermsDays: 0 }).ok).toBe(true);
  });
});

describe('the choices', () => {
  it('offers every currency once, the common ones first, with their names', () => {
    const [common, others] = currencyChoices();
    expect(common?.items[0]).toEqual({ value: 'GBP', label: 'GBP — British Pound' });
    const all = [...(common?.items ?? []), ...(others?.items ?? [])].map((c) => c.value);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('JPY');
    expect(all).toContain('KWD');
  });

  it('names locales and keeps an uncommon one the books already use', () => {
    expect(localeChoices('en-GB')[0]).toEqual({ value: 'en-GB', label: 'English (United Kingdom) · en-GB' });
    expect(localeChoices('is-IS')[0]?.value).toBe('is-IS');
  });

  it('shows each date format with a date no one can misread', () => {
    expect(dateFormatChoices().map((c) => c.label)).toEqual([
      'DD/MM/YYYY — 31/01/2026',
      'MM/DD/YYYY — 01/31/2026',
      'YYYY-MM-DD — 2026-01-31',
      'DD.MM.YYYY — 31.01.2026',
    ]);
  });

  it('shows how money and dates will look, in the currency’s own digits', () => {
    expect(exampleOf({ currency: 'GBP', locale: 'en-GB', dateFormat: 'DD/MM/YYYY' })).toBe(
      '£1,234.56 · 31/01/2026',
    );
    expect(exampleOf({ currency: 'JPY', locale: 'en-US', dateFormat: 'MM/DD/YYYY' })).toBe(
      '¥1,234 · 01/31/2026',
    );
    expect(exampleOf({ currency: 'EUR', locale: 'de-DE', dateFormat: 'DD.MM.YYYY' })).toBe(
      '1.234,56\u00a0€ · 31.01.2026',
    );
    expect(exampleOf({ currency: 'GBP', locale: 'not a locale', dateFormat: 'DD/MM/YYYY' })).toBeUndefined();
  });
});
