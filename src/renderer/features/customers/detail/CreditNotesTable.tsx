import type { CustomerInvoiceRow } from '../../../../shared/contract/customers';
import type { CreditNoteDto } from '../../../../shared/contract/payments';
import { AppliedTable } from './AppliedTable';

/** Credit notes, newest first: why, against which invoice, and where the credit went. */
export function CreditNotesTable({
  creditNotes,
  invoices,
}: {
  creditNotes: CreditNoteDto[];
  invoices: CustomerInvoiceRow[];
}) {
  const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
  return (
    <AppliedTable
      label="Credit notes"
      column="Credit note"
      empty="No credit notes. Add one with “Add credit note” above when goods come back or a price was wrong."
      rows={creditNotes.map((c) => ({
        id: c.id,
        date: c.date,
        name: c.number,
        detail:
          [c.reason, c.invoiceId !== null ? `for ${numberOf.get(c.invoiceId) ?? 'an invoice'}` : '']
            .filter(Boolean)
            .join(' · ') || 'No reason given',
        detailTitle: c.reason,
        amount: c.amount,
        allocations: c.allocations,
        unapplied: c.unapplied,
      }))}
    />
  );
}
