import { Badge, Checkbox, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useRef } from 'react';
import type { BatchCandidate } from '../../../shared/contract/batch';
import { useDateReader } from '../../components/DateField';
import { Money } from '../../components/Money';
import vt from '../../components/virtual-table.module.css';
import classes from './letters.module.css';
import type { Purpose } from './selection';

interface CandidateListProps {
  rows: readonly BatchCandidate[];
  /** Courtesy notes show what is not yet due and when it next falls due; the others what is overdue. */
  purpose: Purpose;
  /** With ticks: the owner chooses; without, the list shows whom "everyone…" picks. */
  ticked?: ReadonlySet<number>;
  onTick?: (id: number, on: boolean) => void;
  label: string;
}

const ROW_HEIGHT = 48;
const HEAD_HEIGHT = 36;

/**
 * The customers a batch could go to, with what each would be asked and whether they have an email
 * address. Virtualised: a busy shop has thousands of customers with a balance.
 */
export function CandidateList({ rows, purpose, ticked, onTick, label }: CandidateListProps) {
  const dates = useDateReader();
  const courtesy = purpose === 'courtesy';
  const scrollRef = useRef<HTMLDivElement>(null);
  const ticks = ticked !== undefined && onTick !== undefined;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    paddingStart: HEAD_HEIGHT,
  });
  return (
    <div className={`${vt.frame} ${classes.list}`} data-ticks={ticks}>
      <div
        ref={scrollRef}
        className={`${vt.body} ${classes.body}`}
        style={{ '--content-height': `${virtualizer.getTotalSize()}px` } as CSSProperties}
      >
        <table className={vt.table} aria-label={label} aria-rowcount={rows.length + 1}>
          <thead className={vt.head}>
            <tr className={vt.headRow} aria-rowindex={1}>
              {ticks ? (
                <th scope="col" className={vt.cell}>
                  <VisuallyHidden>Chosen</VisuallyHidden>
                </th>
              ) : null}
              <th scope="col" className={vt.cell}>
                Customer
              </th>
              <th scope="col" className={vt.cell}>
                Email
              </th>
              <th scope="col" className={`${vt.cell} ${vt.number}`}>
                {courtesy ? 'Not yet due' : 'Overdue'}
              </th>
              <th scope="col" className={`${vt.cell} ${vt.number}`}>
                Balance
              </th>
            </tr>
          </thead>
          <tbody className={vt.rows} style={{ height: virtualizer.getTotalSize() - HEAD_HEIGHT }}>
            {virtualizer.getVirtualItems().map((item) => {
              const c = rows[item.index];
              if (!c) return null;
              const on = ticked?.has(c.id) ?? false;
              return (
                <tr
                  key={c.id}
                  className={`${vt.row} ${classes.row}`}
                  aria-rowindex={item.index + 2}
                  data-ticked={ticks && on}
                  style={{ transform: `translateY(${item.start - HEAD_HEIGHT}px)` }}
                >
                  {ticks ? (
                    <td className={vt.cell}>
                      <Checkbox
                        aria-label={`${c.name} (${c.ref})`}
                        checked={on}
                        onChange={(e) => onTick(c.id, e.currentTarget.checked)}
                      />
                    </td>
                  ) : null}
                  <td className={vt.cell}>
                    {c.name}
                    <span className={vt.meta}>
                      {c.ref}
                      {courtesy
                        ? c.nextDue
                          ? ` · next due ${dates.write(c.nextDue)}`
                          : ''
                        : c.daysOverdue > 0
                          ? ` · oldest ${c.daysOverdue} days overdue`
                          : ''}
                    </span>
                  </td>
                  <td className={vt.cell}>
                    {c.email.trim() === '' ? (
                      <Badge color="orange" variant="light" size="sm">
                        No email
                      </Badge>
                    ) : (
                      c.email
                    )}
                  </td>
                  <td className={`${vt.cell} ${vt.number}`}>
                    <Money value={courtesy ? c.notDue : c.overdue} dashForZero />
                  </td>
                  <td className={`${vt.cell} ${vt.number}`}>
                    <Money value={c.balance} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
