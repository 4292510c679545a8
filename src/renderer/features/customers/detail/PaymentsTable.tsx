import type { PaymentDto } from '../../../../shared/contract/payments';
import { methodLabel } from '../words';
import { AppliedTable } from './AppliedTable';

/** Every payment, newest first, each with the invoices its money went to. */
export function PaymentsTable({ payments }: { payments: PaymentDto[] }) {
  return (
    <AppliedTable
      label="Payments"
      column="Payment"
      empty="No payments yet. Record one with “Record payment” above."
      rows={payments.map((p) => ({
        id: p.id,
        date: p.date,
        name: p.ref,
        detail: [methodLabel(p.method), p.note].filter(Boolean).join(' · '),
        detailTitle: p.note,
        amount: p.amount,
        allocations: p.allocations,
        unapplied: p.unapplied,
      }))}
    />
  );
}
