import {
  ENVELOPE_OFFSET_MAX_MM,
  type LengthUnit,
  type Paper,
  type SettingsDto,
  type SettingsUpdateInput,
  settingsUpdateInput,
} from '../../../../shared/contract/settings';
import { plainWords } from '../plain-words';

// The "Letters and statements" form: how to pay, who signs, the paper, and how far the owner's
// envelopes move the address. Offsets are kept in millimetres; the owner may see and type them in
// inches, so the form holds them in the unit shown and turns them into millimetres to check and send
// (with the very schema main checks them with).

export interface LettersFormValues {
  paymentDetails: string;
  paymentReference: string;
  paymentLink: string;
  paper: Paper;
  signatureName: string;
  envelopeUnit: LengthUnit;
  /** In the unit shown; '' while the field is cleared. Positive moves the address right… */
  offsetRight: number | string;
  /** …and down. */
  offsetDown: number | string;
}

export type LettersField = keyof LettersFormValues;

const MM_PER_INCH = 25.4;

/** Decimals shown per unit: a tenth of a mm (what is kept); a hundredth of an inch (a quarter mm). */
export const UNIT_DECIMALS: Record<LengthUnit, number> = { mm: 1, in: 2 };

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A length kept in mm, in the unit shown. */
export function fromMm(mm: number, unit: LengthUnit): number {
  return round(unit === 'mm' ? mm : mm / MM_PER_INCH, UNIT_DECIMALS[unit]);
}

/** A length typed in the unit shown, in mm to a tenth (as it will be kept). */
export function toMm(value: number, unit: LengthUnit): number {
  return round(unit === 'mm' ? value : value * MM_PER_INCH, 1);
}

/** The largest offset either way, in the unit shown, never past what main accepts. */
export function offsetLimit(unit: LengthUnit): number {
  const limit = fromMm(ENVELOPE_OFFSET_MAX_MM, unit);
  const decimals = UNIT_DECIMALS[unit];
  return toMm(limit, unit) > ENVELOPE_OFFSET_MAX_MM ? round(limit - 10 ** -decimals, decimals) : limit;
}

export function toLettersValues(s: SettingsDto): LettersFormValues {
  return {
    paymentDetails: s.paymentDetails,
    paymentReference: s.paymentReference,
    paymentLink: s.paymentLink,
    paper: s.paper,
    signatureName: s.signatureName,
    envelopeUnit: s.envelopeUnit,
    offsetRight: fromMm(s.envelopeOffsetMm.x, s.envelopeUnit),
    offsetDown: fromMm(s.envelopeOffsetMm.y, s.envelopeUnit),
  };
}

/** The same offsets in the other unit (a field being typed in is turned too, if it holds a number). */
export function switchUnit(values: LettersFormValues, unit: LengthUnit): LettersFormValues {
  if (unit === values.envelopeUnit) return values;
  const turn = (v: number | string) =>
    typeof v === 'number' ? fromMm(toMm(v, values.envelopeUnit), unit) : v;
  return {
    ...values,
    envelopeUnit: unit,
    offsetRight: turn(values.offsetRight),
    offsetDown: turn(values.offsetDown),
  };
}

const OFFSET_NEEDED = 'Enter a number: 0 leaves the address where it is.';

export type LettersErrors = Partial<Record<LettersField, string>>;
export type ParsedLetters = { ok: true; input: SettingsUpdateInput } | { ok: false; errors: LettersErrors };

/** Which field of the form a message from the schema or from main is about. */
export function fieldOf(path: string | undefined): LettersField | undefined {
  if (path === 'envelopeOffsetMm.x') return 'offsetRight';
  if (path === 'envelopeOffsetMm.y') return 'offsetDown';
  const fields: LettersField[] = [
    'paymentDetails',
    'paymentReference',
    'paymentLink',
    'paper',
    'signatureName',
    'envelopeUnit',
  ];
  return fields.find((f) => f === path);
}

/** Checks the form's values: the input for settings.update, or one message per field. */
export function parseLetters(values: LettersFormValues): ParsedLetters {
  const errors: LettersErrors = {};
  const unit = values.envelopeUnit;
  const mmOf = (field: 'offsetRight' | 'offsetDown'): number => {
    const v = values[field];
    if (typeof v === 'number' && Number.isFinite(v)) return toMm(v, unit);
    errors[field] = OFFSET_NEEDED;
    return 0;
  };
  const envelopeOffsetMm = { x: mmOf('offsetRight'), y: mmOf('offsetDown') };
  const { offsetRight: _r, offsetDown: _d, ...rest } = values;
  const result = settingsUpdateInput.safeParse({ ...rest, envelopeOffsetMm }, { error: plainWords });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path.map(String).join('.'));
      if (!field || errors[field]) continue;
      errors[field] =
        field === 'offsetRight' || field === 'offsetDown'
          ? `At most ${offsetLimit(unit)} ${unit} either way.`
          : issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, input: result.data };
}
