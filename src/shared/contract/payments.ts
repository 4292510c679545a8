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
  /** The invoices the payer named, in order; empty when the allocation rule decided. */
  targets: { invoiceId: number; invoiceNumber: string; amount: number | null }[];
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
  /**
   * The invoices this pays, in order, each up to its open balance or the amount given; empty:
   * the allocation rule decides (earliest due first).
   */
  targets: z
    .array(z.object({ invoiceId: idField, amount: positiveAmount.nullable().default(null) }))
    .max(500)
    .default([])
    .refine((t) => new Set(t.map((x) => x.invoiceId)).size === t.length, {
      message: 'Name each invoice once.',
    }),
});
export type PaymentRecordInput = z.input<typeof paymentRecordInput>;

/** Where a payment would go, before it is recorded: what the screen shows while the owner types. */
export const paymentPreviewInput = paymentRecordInput.pick({
  customerId: true,
  date: true,
  amount: true,
  targets: true,
});

export interface PaymentPreview {
  allocations: { invoiceId: number; invoiceNumber: string; amount: number }[];
  /** What would stay with the customer as credit. */
  unapplied: number;
}

export const creditNoteCreateInput = z.object({
  customerId: idField,
  number: optionalRef,
  date: isoDateField,
  amount: positiveAmount,
  reason: z.string().trim().max(500).default(''),
  invoiceId: idField.nullable().default(null),
});
export type CreditNoteCreateInput = z.input<typeof creditNoteCreateInput>;
