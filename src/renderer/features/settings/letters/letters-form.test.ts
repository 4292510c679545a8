import { describe, expect, it } from 'vitest';
import type { SettingsDto } from '../../../../shared/contract/settings';
import {
  fieldOf,
  fromMm,
  type LettersFormValues,
  offsetLimit,
  parseLetters,
  switchUnit,
  toLettersValues,
  toMm,
} from './letters-form';

const values: LettersFormValues = {
  paymentDetails: 'Corner Shop Ltd\nSort code 12-34-56',
  paymentReference: 'your invoice number',
  paymentLink: 'cornershop.co.uk/pay',
  paper: 'a4',
  signatureName: 'Ann Baker',
  envelopeUnit: 'mm',
  offsetRight: 1.5,
  offsetDown: -2,
};

describe('the letters form', () => {
  it('sends the offsets in millimetres, to a tenth, whatever the unit shown', () => {
    expect(parseLetters(values)).toEqual({
      ok: true,
      input: {
        paymentDetails: 'Corner Shop Ltd\nSort code 12-34-56',
        paymentReference: 'your invoice number',
        paymentLink: 'cornershop.co.uk/pay',
        paper: 'a4',
        signatureName: 'Ann Baker',
        envelopeUnit: 'mm',
        envelopeOffsetMm: { x: 1.5, y: -2 },
      },
    });
    const inches = parseLetters({ ...values, envelopeUnit: 'in', offsetRight: 0.25, offsetDown: -0.1 });
    expect(inches).toMatchObject({ ok: true, input: { envelopeOffsetMm: { x: 6.4, y: -2.5 } } });
  });

  it('shows what was kept in the unit chosen, the same after a round trip', () => {
    const settings = { ...values, envelopeOffsetMm: { x: 6.4, y: -2.5 }, envelopeUnit: 'in' } as unknown;
    expect(toLettersValues(settings as SettingsDto)).toMatchObject({ offsetRight: 0.25, offsetDown: -0.1 });
    for (let hundredths = -78; hundredths <= 78; hundredths++) {
      const typed = hundredths / 100;
      expect(fromMm(toMm(typed, 'in'), 'in')).toBe(typed);
    }
  });

  it('turns the offsets when the unit is switched, and back', () => {
    const inches = switchUnit({ ...values, offsetRight: 12.7, offsetDown: '' }, 'in');
    expect(inches).toMatchObject({ envelopeUnit: 'in', offsetRight: 0.5, offsetDown: '' });
    expect(switchUnit(inches, 'mm')).toMatchObject({ envelopeUnit: 'mm', offsetRight: 12.7 });
  });

  it('says at each field what is wrong, in the unit shown', () => {
    expect(parseLetters({ ...values, offsetRight: 20.5, offsetDown: '' })).toEqual({
      ok: false,
      errors: {
        offsetRight: 'At most 20 mm either way.',
        offsetDown: 'Enter a number: 0 leaves the address where it is.',
      },
    });
    expect(parseLetters({ ...values, envelopeUnit: 'in', offsetRight: 0.79, offsetDown: 0 })).toEqual({
      ok: false,
      errors: { offsetRight: 'At most 0.78 in either way.' },
    });
    expect(parseLetters({ ...values, envelopeUnit: 'in', offsetRight: -0.78, offsetDown: 0.78 }).ok).toBe(
      true,
    );
    expect(parseLetters({ ...values, signatureName: 'x'.repeat(81) })).toEqual({
      ok: false,
      errors: { signatureName: 'Keep this to 80 characters or fewer.' },
    });
    expect(offsetLimit('mm')).toBe(20);
    expect(offsetLimit('in')).toBe(0.78);
  });

  it('puts main’s refusals at the field they name', () => {
    expect(fieldOf('envelopeOffsetMm.x')).toBe('offsetRight');
    expect(fieldOf('envelopeOffsetMm.y')).toBe('offsetDown');
    expect(fieldOf('paymentDetails')).toBe('paymentDetails');
    expect(fieldOf('currency')).toBeUndefined();
  });
});
