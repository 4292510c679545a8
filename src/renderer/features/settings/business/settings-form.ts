import type { z } from 'zod';
import {
  type SettingsDto,
  type SettingsUpdateInput,
  settingsUpdateInput,
} from '../../../../shared/contract/settings';

// The business-details form checks its values with the very schema main checks them with
// (settingsUpdateInput), so a message shows at the field before anything is sent. The schema's own
// messages ("Use a three-letter ISO currency code…") are kept; zod's generic ones ("Too big: expected
// string to have <=120 characters") are replaced here with words an owner would use.

/** What the form holds: the business details (the ageing buckets, and letters and statements, have
 * cards of their own), except that a cleared number field holds ''. */
export type SettingsFormValues = Pick<
  SettingsDto,
  | 'businessName'
  | 'addressLine1'
  | 'addressLine2'
  | 'postcode'
  | 'city'
  | 'country'
  | 'phone'
  | 'email'
  | 'taxNumber'
  | 'currency'
  | 'locale'
  | 'dateFormat'
> & {
  defaultPaymentTermsDays: number | string;
};

export type SettingsField = keyof SettingsFormValues;

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'businessName',
  'addressLine1',
  'addressLine2',
  'postcode',
  'city',
  'country',
  'phone',
  'email',
  'taxNumber',
  'currency',
  'locale',
  'dateFormat',
  'defaultPaymentTermsDays',
];

export const isSettingsField = (field: string | undefined): field is SettingsField =>
  SETTINGS_FIELDS.some((f) => f === field);

export function toFormValues(settings: SettingsDto): SettingsFormValues {
  const { businessName, addressLine1, addressLine2, postcode, city, country, currency, locale, dateFormat } =
    settings;
  return {
    businessName,
    addressLine1,
    addressLine2,
    postcode,
    city,
    country,
    phone: settings.phone,
    email: settings.email,
    taxNumber: settings.taxNumber,
    currency,
    locale,
    dateFormat,
    defaultPaymentTermsDays: settings.defaultPaymentTermsDays,
  };
}

const TERMS_MESSAGE = 'Use a whole number of days, from 0 to 3650.';

/** Plain words for zod's generic messages; a message the schema wrote itself wins over these. */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `Keep this to ${issue.maximum} characters or fewer.`;
  if (issue.code === 'invalid_value') return 'Choose one of the options.';
  return undefined;
};

export type ParsedSettings =
  | { ok: true; input: SettingsUpdateInput }
  | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** Checks the form's values: the input for settings.update, or one message per field. */
export function parseSettings(values: SettingsFormValues): ParsedSettings {
  const result = settingsUpdateInput.safeParse(values, { error: plainWords });
  if (result.success) return { ok: true, input: result.data };
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !isSettingsField(field) || errors[field]) continue;
    errors[field] = field === 'defaultPaymentTermsDays' ? TERMS_MESSAGE : issue.message;
  }
  return { ok: false, errors };
}

/** The form's validate function (Mantine calls it on submit). */
export function validateSettings(values: SettingsFormValues): Partial<Record<SettingsField, string>> {
  const parsed = parseSettings(values);
  return parsed.ok ? {} : parsed.errors;
}
