import { z } from 'zod';
import { isCurrencyCode } from '../money';
import type { AgeingBasis } from './ageing';

export const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'DD.MM.YYYY'] as const;

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** What envelope offsets are measured in on screen and on the calibration page's rulers. */
export const LENGTH_UNITS = ['mm', 'in'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];

/** Envelope offsets are kept to a tenth of a millimetre, within 20 mm either way. */
export const ENVELOPE_OFFSET_MAX_MM = 20;
const offsetMm = z
  .number()
  .min(-ENVELOPE_OFFSET_MAX_MM, `At most ${ENVELOPE_OFFSET_MAX_MM} mm either way.`)
  .max(ENVELOPE_OFFSET_MAX_MM, `At most ${ENVELOPE_OFFSET_MAX_MM} mm either way.`)
  .transform((mm) => Math.round(mm * 10) / 10);

export interface SettingsDto {
  businessName: string;
  addressLine1: string;
  addressLine2: string;
  postcode: string;
  city: string;
  country: string;
  currency: string;
  locale: string;
  dateFormat: (typeof DATE_FORMATS)[number];
  defaultPaymentTermsDays: number;
  /** Upper day limits of the ageing buckets, ascending: [30, 60, 90] gives current, 1-30, …, 90+. */
  ageingLimits: number[];
  /** Age invoices from their due date (the usual) or from their invoice date. */
  ageingBasis: AgeingBasis;
  phone: string;
  email: string;
  /** Company registration or tax (VAT) number, as it should be printed. */
  taxNumber: string;
  /** How to pay: bank, account, sort code or IBAN; may span lines. */
  paymentDetails: string;
  /** What to quote when paying, e.g. "your customer number". */
  paymentReference: string;
  /** A payment link or its text, printed as given. */
  paymentLink: string;
  paper: Paper;
  /** Who signs letters. */
  signatureName: string;
  /** The unit the owner measures envelope offsets in; the offsets themselves are always mm. */
  envelopeUnit: LengthUnit;
  /** How far to move the address block right (x) and down (y) to meet the owner's envelopes, mm. */
  envelopeOffsetMm: { x: number; y: number };
  /** A logo is kept in the books (settings.logo to read it). */
  hasLogo: boolean;
  updatedAt: string;
}

const text = (max: number) => z.string().trim().max(max);

export const settingsUpdateInput = z
  .object({
    businessName: text(120),
    addressLine1: text(120),
    addressLine2: text(120),
    postcode: text(20),
    city: text(80),
    country: text(80),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrencyCode, { message: 'Use a three-letter ISO currency code, such as GBP, EUR or USD.' }),
    locale: z
      .string()
      .trim()
      .refine(
        (l) => {
          try {
            return Intl.NumberFormat.supportedLocalesOf([l]).length === 1;
          } catch {
            return false;
          }
        },
        { message: 'Use a locale such as en-GB, en-US, de-DE or fr-FR.' },
      ),
    dateFormat: z.enum(DATE_FORMATS),
    defaultPaymentTermsDays: z.number().int().min(0).max(3650),
    ageingLimits: z
      .array(z.number().int().min(1, 'Each limit is at least one day.').max(3650))
      .min(1, 'Keep at least one limit.')
      .max(6, 'Six limits at most: seven buckets are plenty to read.')
      .refine((l) => l.every((d, i) => i === 0 || d > l[i - 1]!), {
        message: 'Each limit must be larger than the one before.',
      }),
    ageingBasis: z.enum(['due', 'issue']),
    phone: text(40),
    // Trimmed first, so spaces alone clear it like an empty field does.
    email: text(160).pipe(
      z.union([z.literal(''), z.email('Use an email address such as accounts@yourshop.co.uk.')]),
    ),
    taxNumber: text(40),
    paymentDetails: text(400),
    paymentReference: text(120),
    paymentLink: text(200),
    paper: z.enum(PAPERS),
    signatureName: text(80),
    envelopeUnit: z.enum(LENGTH_UNITS),
    envelopeOffsetMm: z.object({ x: offsetMm, y: offsetMm }),
  })
  .partial();

export type SettingsUpdateInput = z.infer<typeof settingsUpdateInput>;

/** US and Canadian businesses print on Letter; everyone else on A4 (a suggestion, never forced). */
export function paperForRegion(locale: string): Paper {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region === 'US' || region === 'CA' ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

// The logo printed at the head of letters and statements: a PNG or a JPEG (told by its bytes, not its
// name), at most 1 MB. The bytes cross as base64, like every file the screens send or receive.

export const LOGO_MAX_BYTES = 1024 * 1024;
/** Wider or taller than this is far more than a letterhead needs, and slow to print. */
export const LOGO_MAX_PIXELS = 4000;
export type LogoMimeType = 'image/png' | 'image/jpeg';

export interface LogoDto {
  mimeType: LogoMimeType;
  /** Pixels, as the image is shown (a JPEG turned by its camera tag counts turned). */
  width: number;
  height: number;
  base64: string;
}

export const logoSetInput = z.object({
  /** The file's name, only to name it in a message; its bytes say what it is. */
  fileName: z.string().trim().min(1).max(255),
  // Generous, so a file a little over 1 MB gets the message that names it rather than this one.
  base64: z
    .string()
    .max(4 * LOGO_MAX_BYTES, 'This file is far larger than 1 MB; choose a smaller logo.')
    .pipe(z.base64('The file did not arrive whole; please choose it again.')),
});
export type LogoSetInput = z.input<typeof logoSetInput>;

/** A calibration page for the values on screen, before they are saved; each defaults to the saved one. */
export const calibrationPageInput = z.object({
  paper: z.enum(PAPERS).optional(),
  offsetMm: z.object({ x: offsetMm, y: offsetMm }).optional(),
  /** The rulers' unit: millimetres or inches. */
  unit: z.enum(LENGTH_UNITS).optional(),
});
export type CalibrationPageInput = z.input<typeof calibrationPageInput>;
