import { z } from 'zod';
import { isCurrencyCode } from '../money';
import type { AgeingBasis } from './ageing';

export const DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD', 'DD.MM.YYYY'] as const;

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
  })
  .partial();

export type SettingsUpdateInput = z.infer<typeof settingsUpdateInput>;
