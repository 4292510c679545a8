import { z } from 'zod';
import { isCurrencyCode } from '../money';

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
  })
  .partial();

export type SettingsUpdateInput = z.infer<typeof settingsUpdateInput>;
