import {
  type SettingsDto,
  type SettingsUpdateInput,
  settingsUpdateInput,
} from '../../../../shared/contract/settings';
import { plainWords } from '../plain-words';

// The business-details form checks its values with the very schema main checks them with
// (settingsUpdateInput), in plain words (see plain-words.ts), so a message shows at the field before
// anything is sent.

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

const SETTINGS_FIELDS: readonly SettingsField[] = [
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

const isSettingsField = (field: string | undefined): field is SettingsField =>
  SETTINGS_FIELDS.some((f) => f === field);

/** The field of the form a refusal from main is about, if it is one of this form's. */
export const settingsFieldOf = (path: string | undefined): SettingsField | undefined =>
  isSettingsField(path) ? path : undefined;

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
