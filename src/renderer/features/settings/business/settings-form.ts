import {
  type SettingsDto,
  type SettingsUpdateInput,
  settingsUpdateInput,
} from '../../../../shared/contract/settings';
import { plainWords } from '../plain-words';

// The business-details form checks its values with the very schema main checks them with
// (settingsUpdateInput), in plain words (see plain-words.ts), so a message shows at the field before
// anything is sent.

/** The business details (the ageing buckets, and letters and statements, have cards of their own). */
const SETTINGS_FIELDS = [
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
] as const satisfies readonly (keyof SettingsDto)[];

type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** What the form holds: those details as saved, except that a cleared number field holds ''. */
export type SettingsFormValues = Pick<SettingsDto, Exclude<SettingsField, 'defaultPaymentTermsDays'>> & {
  defaultPaymentTermsDays: number | string;
};

/** The field of the form a refusal from main (or the schema) is about, if it is one of this form's. */
export const settingsFieldOf = (path: string | undefined): SettingsField | undefined =>
  SETTINGS_FIELDS.find((f) => f === path);

export function toFormValues(settings: SettingsDto): SettingsFormValues {
  return Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, settings[f]])) as SettingsFormValues;
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
    const field = settingsFieldOf(String(issue.path[0]));
    if (!field || errors[field]) continue;
    errors[field] = field === 'defaultPaymentTermsDays' ? TERMS_MESSAGE : issue.message;
  }
  return { ok: false, errors };
}
