import { z } from 'zod';
import { idField, isoDateField, positiveAmount } from './fields';

export interface AllocationDto {
  invoiceId: number;
  invoiceNumber: string;
  amount: number;
  date: string;
}

export interface PaymentDto {
  id: number;
  ref: string;
  customerId: number;
  date: string;
  amount: number;
  method: string;
  note: string;
  invoiceId: number | null;
  unapplied: number;
  allocations: AllocationDto[];
  source: string;
}

export interface CreditNoteDto {
  id: number;
  number: string;
  customerId: number;
  date: string;
  amount: number;
  reason: string;
  invoiceId: number | null;
  unapplied: number;
  allocations: AllocationDto[];
  source: string;
}

const optionalRef = z.string().trim().max(60).optional();

export const paymentRecordInput = z.object({
  customerId: idField,
  /** Omitted: the next PAY-000001 style reference. */
  ref: optionalRef,
  date: isoDateField,
  amount: positiveAmount,
  method: z.string().trim().max(40).default(''),
  note: z.string().trim().max(500).default(''),
  /** The invoice this pays; omitted: the allocation rule decides (oldest due first). */
  invoiceId: idField.nullable().default(null),
});
export type PaymentRecordInput = z.input<typeof paymentRecordInput>;

export const creditNoteCreateInput = z.object({
  customerId: idField,
  number: optionalRef,
  date: isoDateField,
  amount: positiveAmount,
  reason: z.string().trim().max(500).default(''),
  invoiceId: idField.nullable().default(null),
});
export type CreditNoteCreateInput = z.input<typeof creditNoteCreateInput>;
