import { Text } from '@mantine/core';
import { memo } from 'react';
import type { CustomerListRow } from '../../../../shared/contract/customers';
import { Money } from '../../../components/Money';
import vt from '../../../components/virtual-table.module.css';
import { hrefTo } from '../../../shell/use-route';
import { BehaviourBadge } from '../behaviour/BehaviourBadge';
import { latenessOf, oldestOverdueWords } from '../words';
import classes from './customer-grid.module.css';

interface CustomerGridRowProps {
  row: CustomerListRow;
  index: number;
  /** Pixels from the top of the list (the virtualiser's offset). */
  top: number;
  active: boolean;
  onFocusRow: (index: number) => void;
}

const LATENESS_COLOUR = {
  none: 'dimmed',
  late: undefined,
  'very-late': 'orange',
  'long-overdue': 'red',
} as const;

/**
 * One customer. Memoised: while the owner scrolls, rows that stay on screen are not rendered again,
 * only the few that come into view.
 */
export const CustomerGridRow = memo(function CustomerGridRow({
  row,
  index,
  top,
  active,
  onFocusRow,
}: CustomerGridRowProps) {
  const href = hrefTo(`customers/${row.id}`);
  return (
    <tr
      aria-rowindex={index + 2}
      data-index={index}
      data-active={active}
      className={`${vt.row} ${classes.row}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(e) => {
        // The link handles its own clicks; anywhere else on the row opens the customer too.
        if ((e.target as HTMLElement).closest('a')) return;
        onFocusRow(index);
        window.location.hash = href;
      }}
    >
      <td className={vt.cell}>
        <a href={href} className={classes.name} tabIndex={active ? 0 : -1} onFocus={() => onFocusRow(index)}>
          {row.name}
        </a>
        <span className={vt.meta}>
          {row.ref}
          {row.tags.length > 0 ? ` · ${row.tags.join(', ')}` : ''}
        </span>
      </td>
      <td className={vt.cell}>
        <BehaviourBadge behaviourClass={row.behaviourClass} label={row.behaviourLabel} size="sm" />
      </td>
      <td className={`${vt.cell} ${vt.number}`}>
        {row.balance < 0 ? (
          <Text component="span" inherit c="teal" className={classes.credit}>
            <Money value={-row.balance} /> <small>in credit</small>
          </Text>
        ) : (
          <Figure value={row.balance} strong />
        )}
      </td>
      <td className={`${vt.cell} ${vt.number}`}>
        <Figure value={row.overdue} />
      </td>
      <td className={vt.cell}>
        <Text component="span" inherit c={LATENESS_COLOUR[latenessOf(row.oldestDaysOverdue)]}>
          {oldestOverdueWords(row.oldestDaysOverdue, row.openInvoices)}
        </Text>
      </td>
      <td className={`${vt.cell} ${vt.number}`}>
        <Text component="span" inherit c={row.openInvoices === 0 ? 'dimmed' : undefined}>
          {row.openInvoices === 0 ? '—' : row.openInvoices}
        </Text>
      </td>
    </tr>
  );
});

/** An amount, or the same quiet dash as the other columns when it is zero. */
function Figure({ value, strong = false }: { value: number; strong?: boolean }) {
  if (value === 0) {
    return (
      <Text component="span" inherit c="dimmed">
        —
      </Text>
    );
  }
  return <Money value={value} fw={strong ? 550 : undefined} />;
}
