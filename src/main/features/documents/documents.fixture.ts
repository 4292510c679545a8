import fs from 'node:fs';
import path from 'node:path';
import type { SettingsUpdateInput } from '../../../shared/contract/settings';
import type { Ctx } from '../../context';
import { pdfToPng } from '../../pdf/testing/poppler';
import { aCreditNote, aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { updateSettings } from '../settings/settings.service';

// A shop for the documents' tests: a business with every detail a letterhead prints, and customers
// whose accounts exercise each part of a statement. Set DULY_PDF_PNG to a folder outside the repo to
// keep the PDFs the tests draw and get their pages as pictures.

export const BUSINESS: SettingsUpdateInput = {
  businessName: 'Harbour Lane Hardware',
  addressLine1: '14 Harbour Lane',
  addressLine2: 'Custom House Quay',
  postcode: 'TR11 3HX',
  city: 'Falmouth',
  country: 'United Kingdom',
  phone: '01326 555 014',
  email: 'accounts@harbourlane.example',
  taxNumber: 'VAT GB 123 4567 89',
  paymentDetails: 'Bank transfer to Harbour Lane Hardware Ltd\nSort code 12-34-56 · Account 12345678',
  paymentReference: 'your customer reference',
  paymentLink: 'pay.harbourlane.example/c',
  signatureName: 'Morwenna Treloar',
  currency: 'GBP',
  locale: 'en-GB',
  dateFormat: 'DD/MM/YYYY',
  paper: 'a4',
};

export function business(ctx: Ctx, over: SettingsUpdateInput = {}): void {
  updateSettings(ctx, { ...BUSINESS, ...over });
}

/**
 * Łukasz: invoices in several buckets, one part paid, an unallocated payment and credit note. Today
 * (2026-11-23) he owes 120.00 + 450.50 + 200.00 + 999.99 − 12.34 − 25.50 = 1,732.65.
 */
export function lukasz(ctx: Ctx) {
  const c = aCustomer(ctx, {
    ref: 'C001',
    name: 'Łukasz Nowak Sp. z o.o.',
    contactName: 'Łukasz Nowak',
    addressLine1: 'ul. Długa 5',
    city: 'Gdańsk',
    postcode: '80-831',
    country: 'Poland',
    email: 'lukasz@example.org',
  });
  anInvoice(ctx, c, 'INV-101', '2026-11-10', '2026-12-10', 12_000); // not yet due
  anInvoice(ctx, c, 'INV-102', '2026-10-01', '2026-10-31', 45_050); // 23 days overdue
  const partly = anInvoice(ctx, c, 'INV-103', '2026-08-01', '2026-08-31', 30_000); // 84 days
  aPayment(ctx, c, 'P-1', '2026-09-15', 10_000, partly);
  anInvoice(ctx, c, 'INV-104', '2026-05-01', '2026-05-31', 99_999); // 176 days
  // Paid in full by a payment of 62.34 with no invoice named, whose other 12.34 stays unallocated (it
  // came before his later invoices): not on the open-item statement, but in the activity.
  anInvoice(ctx, c, 'INV-100', '2026-04-01', '2026-05-01', 5_000);
  aPayment(ctx, c, 'P-0', '2026-04-20', 6_234);
  // Before any invoice: nothing to set it against.
  aCreditNote(ctx, c, 'CN-1', '2026-03-01', 2_550);
  return c;
}

/** Writes the PDF and its pages as PNGs under DULY_PDF_PNG, when set. */
export function pictures(bytes: Uint8Array, name: string): void {
  const dir = process.env.DULY_PDF_PNG;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.pdf`), bytes);
  pdfToPng(bytes, path.join(dir, name), { dpi: 70 });
}

export { aCreditNote, aCustomer, anInvoice, aPayment };
