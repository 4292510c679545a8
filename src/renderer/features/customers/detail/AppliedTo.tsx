import { Text } from '@mantine/core';
import type { AllocationDto } from '../../../../shared/contract/payments';
import { Money } from '../../../components/Money';

/**
 * Where a payment's or credit note's money went, as main allocated it: "INV-0042 £84.92, INV-0043
 * £15.08", and what is left over as the customer's credit.
 */
export function AppliedTo({ allocations, unapplied }: { allocations: AllocationDto[]; unapplied: number }) {
  return (
    <Text component="span" size="sm">
      {allocations.map((a, i) => (
        // One allocation per invoice and day: together they name it.
        <span key={`${a.invoiceId}/${a.date}`}>
          {i > 0 ? ', ' : null}
          <span style={{ whiteSpace: 'nowrap' }}>
            {a.invoiceNumber} <Money value={a.amount} />
          </span>
        </span>
      ))}
      {unapplied > 0 ? (
        <Text component="span" inherit c="teal" style={{ whiteSpace: 'nowrap' }}>
          {allocations.length > 0 ? ', ' : null}
          <Money value={unapplied} /> unapplied
        </Text>
      ) : null}
      {allocations.length === 0 && unapplied === 0 ? '—' : null}
    </Text>
  );
}
