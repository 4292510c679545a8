import { Badge, Checkbox, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useRef } from 'react';
import type { BatchCandidate } from '../../../shared/contract/batch';
import { Money } from '../../components/Money';
import classes from './letters.module.css';

interface CandidateListProps {
  rows: readonly BatchCandidate[];
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
export function CandidateList({ rows, ticked, onTick, label }: CandidateListProps) {
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
    <div className={classes.list} data-ticks={ticks}>
      <div
        ref={scrollRef}
        className={classes.body}
        style={{ '--content-height': `${virtualizer.getTotalSize() + 2}px` } as CSSProperties}
      >
        <table className={classes.table} aria-label={label} aria-rowcount={rows.length + 1}>
          <thead className={classes.head}>
            <tr className={classes.headRow} aria-rowindex={1}>
              {ticks ? (
                <th scope="col" className={classes.cell}>
                  <VisuallyHidden>Chosen</VisuallyHidden>
                </th>
              ) : null}
              <th scope="col" className={classes.cell}>
                Customer
              </th>
              <th scope="col" className={classes.cell}>
                Email
              </th>
              <th scope="col" className={`${classes.cell} ${classes.number}`}>
                Overdue
              </th>
              <th scope="col" className={`${classes.cell} ${classes.number}`}>
                Balance
              </th>
            </tr>
          </thead>
          <tbody className={classes.rows} style={{ height: virtualizer.getTotalSize() - HEAD_HEIGHT }}>
            {virtualizer.getVirtualItems().map((item) => {
              const c = rows[item.index];
              if (!c) return null;
              const on = ticked?.has(c.id) ?? false;
              return (
                <tr
                  key={c.id}
                  className={classes.row}
                  aria-rowindex={item.index + 2}
                  data-ticked={ticks && on}
                  style={{ transform: `translateY(${item.start - HEAD_HEIGHT}px)` }}
                >
                  {ticks ? (
                    <td className={classes.cell}>
                      <Checkbox
                        aria-label={`${c.name} (${c.ref})`}
                        checked={on}
                        onChange={(e) => onTick(c.id, e.currentTarget.checked)}
                      />
                    </td>
                  ) : null}
                  <td className={classes.cell}>
                    {c.name}
                    <span className={classes.meta}>
                      {c.ref}
                      {c.daysOverdue > 0 ? ` · oldest ${c.daysOverdue} days overdue` : ''}
                    </span>
                  </td>
                  <td className={classes.cell}>
                    {c.email.trim() === '' ? (
                      <Badge color="orange" variant="light" size="sm">
                        No email
                      </Badge>
                    ) : (
                      c.email
                    )}
                  </td>
                  <td className={`${classes.cell} ${classes.number}`}>
                    <Money value={c.overdue} dashForZero />
                  </td>
                  <td className={`${classes.cell} ${classes.number}`}>
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
