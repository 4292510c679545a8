import type { Updateable } from 'kysely';
import type { SettingsDto, SettingsUpdateInput } from '../../../shared/contract/settings';
import { DulyError } from '../../../shared/errors';
import { type Ctx, stamp } from '../../context';
import type { SettingsTable } from './settings.table';

export function toSettingsDto(row: SettingsTable, hasLogo = false): SettingsDto {
  return {
    businessName: row.business_name,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postcode: row.postcode,
    city: row.city,
    country: row.country,
    currency: row.currency,
    locale: row.locale,
    dateFormat: row.date_format as SettingsDto['dateFormat'],
    defaultPaymentTermsDays: row.default_payment_terms_days,
    ageingLimits: JSON.parse(row.ageing_limits) as number[],
    ageingBasis: row.ageing_basis,
    phone: row.phone,
    email: row.email,
    taxNumber: row.tax_number,
    paymentDetails: row.payment_details,
    paymentReference: row.payment_reference,
    paymentLink: row.payment_link,
    paper: row.paper,
    signatureName: row.signature_name,
    envelopeUnit: row.envelope_unit,
    envelopeOffsetMm: { x: row.envelope_offset_x / 10, y: row.envelope_offset_y / 10 },
    hasLogo,
    updatedAt: row.updated_at,
  };
}

export function getSettings({ books }: Ctx): SettingsDto {
  const row = books.first(books.db.selectFrom('settings').selectAll().where('id', '=', 1));
  if (!row) throw new DulyError('books', 'These books have no settings row; the file is damaged.');
  const logo = books.first(books.db.selectFrom('business_logo').select('id').where('id', '=', 1));
  return toSettingsDto(row, logo !== undefined);
}

export function updateSettings(ctx: Ctx, input: SettingsUpdateInput): SettingsDto {
  const { books } = ctx;
  return books.transaction(() => {
    const current = getSettings(ctx);
    if (input.currency !== undefined && input.currency !== current.currency) {
      const other = books.first(
        books.db.selectFrom('invoices').select('currency').where('currency', '!=', input.currency).limit(1),
      );
      if (other) {
        throw new DulyError(
          'validation',
          `These books already hold invoices in ${other.currency}; the currency can only change while there are none.`,
          { field: 'currency' },
        );
      }
    }
    const set: Updateable<SettingsTable> = { updated_at: stamp(ctx) };
    if (input.businessName !== undefined) set.business_name = input.businessName;
    if (input.addressLine1 !== undefined) set.address_line1 = input.addressLine1;
    if (input.addressLine2 !== undefined) set.address_line2 = input.addressLine2;
    if (input.postcode !== undefined) set.postcode = input.postcode;
    if (input.city !== undefined) set.city = input.city;
    if (input.country !== undefined) set.country = input.country;
    if (input.currency !== undefined) set.currency = input.currency;
    if (input.locale !== undefined) set.locale = input.locale;
    if (input.dateFormat !== undefined) set.date_format = input.dateFormat;
    if (input.defaultPaymentTermsDays !== undefined)
      set.default_payment_terms_days = input.defaultPaymentTermsDays;
    if (input.ageingLimits !== undefined) set.ageing_limits = JSON.stringify(input.ageingLimits);
    if (input.ageingBasis !== undefined) set.ageing_basis = input.ageingBasis;
    if (input.phone !== undefined) set.phone = input.phone;
    if (input.email !== undefined) set.email = input.email;
    if (input.taxNumber !== undefined) set.tax_number = input.taxNumber;
    if (input.paymentDetails !== undefined) set.payment_details = input.paymentDetails;
    if (input.paymentReference !== undefined) set.payment_reference = input.paymentReference;
    if (input.paymentLink !== undefined) set.payment_link = input.paymentLink;
    if (input.paper !== undefined) set.paper = input.paper;
    if (input.signatureName !== undefined) set.signature_name = input.signatureName;
    if (input.envelopeUnit !== undefined) set.envelope_unit = input.envelopeUnit;
    if (input.envelopeOffsetMm !== undefined) {
      set.envelope_offset_x = Math.round(input.envelopeOffsetMm.x * 10);
      set.envelope_offset_y = Math.round(input.envelopeOffsetMm.y * 10);
    }
    books.run(books.db.updateTable('settings').set(set).where('id', '=', 1));
    return getSettings(ctx);
  });
}
