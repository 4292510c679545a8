import { z } from 'zod';
import { idField, isoDateField, minorAmount } from './fields';

export interface InvoiceDto {
  id: number;
  number: string;
  customerId: number;
  issueDate: string;
  dueDate: string;
  total: number;
  currency: string;
  /** What is still owed, counting every payment and credit note recorded. */
  open: number;
  paidOn: string | null;
  source: string;
}

export const invoiceCreateInput = z.object({
  customerId: idField,
  number: z.string().trim().min(1, 'Give the invoice a number.').max(60),
  issueDate: isoDateField,
  /** Omitted: the issue date plus the customer's payment terms (or the business default). */
  dueDate: isoDateField.optional(),
  total: minorAmount.min(0, 'An invoice total cannot be negative; record a credit note instead.'),
});
export type InvoiceCreateInput = z.input<typeof invoiceCreateInput>;
