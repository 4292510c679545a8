import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerListRow, CustomerSort } from '../../../../shared/contract/customers';
import vt from '../../../components/virtual-table.module.css';
import { CustomerGridRow } from './CustomerGridRow';
import classes from './customer-grid.module.css';

interface CustomerGridProps {
  rows: CustomerListRow[];
  sort: CustomerSort;
  reverse: boolean;
  /** Changes when the question changes (search, order, tag): the list starts again at the top. */
  resetKey: string;
  /** The row to start on (the customer last opened), when it is in the list. */
  initialId: number | null;
  /** The keyboard's (or the mouse's) current customer, to come back to. */
  onActiveChange: (id: number) => void;
  onOpen: (id: number) => void;
}

const ROW_HEIGHT = 58;
const HEAD_HEIGHT = 40;
/** Rows rendered beyond the visible ones, so a quick flick never shows blank space. */
const OVERSCAN = 10;

/**
 * The customers as a table, virtualised: whatever the number of customers, only the rows in view
 * (and a few either side) are in the page. One tab stop, on the current row's name link; arrow keys,
 * Page Up/Down, Home and End move between rows, Enter opens the customer.
 */
export function CustomerGrid(props: CustomerGridProps) {
  const { rows, sort, reverse, resetKey, initialId, onActiveChange, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [chosen, setActive] = useState(() =>
    Math.max(
      0,
      rows.findIndex((r) => r.id === initialId),
    ),
  );
  // The list may have shrunk since (a refresh after a change elsewhere).
  const active = Math.max(0, Math.min(chosen, rows.length - 1));
  // Set when the keyboard moved: focus follows once the row is rendered.
  const wantFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // The rows start below the sticky header, which also covers the top of the scrolled view.
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    // The current row always stays rendered, even scrolled far away, so Tab always finds the list.
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range);
        if (active < range.count && !indexes.includes(active)) {
          indexes.push(active);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [active],
    ),
  });

  // On opening, show the customer last opened; on a new question, start again at the top. (A
  // refresh of the same question, after a change elsewhere, keeps the owner's place.)
  const shownKey = useRef(resetKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new question moves the list.
  useEffect(() => {
    if (shownKey.current === resetKey) {
      if (active > 0) virtualizer.scrollToIndex(active, { align: 'center' });
      return;
    }
    shownKey.current = resetKey;
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [resetKey]);

  const activeId = rows[active]?.id;
  useEffect(() => {
    if (activeId !== undefined) onActiveChange(activeId);
  }, [activeId, onActiveChange]);

  useEffect(() => {
    if (!wantFocus.current) return;
    let tries = 0;
    let frame = 0;
    const focus = () => {
      const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${active}"] a`);
      if (link) {
        link.focus({ preventScroll: true });
        wantFocus.current = false;
      } else if (tries++ < 10) {
        frame = requestAnimationFrame(focus);
      }
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [active]);

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), rows.length - 1);
    wantFocus.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const visible = (scrollRef.current?.clientHeight ?? ROW_HEIGHT) - HEAD_HEIGHT;
    const page = Math.max(1, Math.floor(visible / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined && !e.altKey && !e.metaKey && !e.ctrlKey && !e.shiftKey) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === ' ' && rows[active]) {
      // Space on a link does nothing by default; on a list of customers it reads as "open".
      e.preventDefault();
      onOpen(rows[active].id);
    }
  };

  const onFocusRow = useCallback((index: number) => setActive(index), []);
  const sortOf = (column: CustomerSort) => ariaSort(column, sort, reverse);

  return (
    <div className={`${vt.frame} ${classes.grid}`}>
      {/* Keys bubble here from the focused link; the container itself is not a tab stop. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys reach it from the links inside. */}
      <div
        ref={scrollRef}
        className={`${vt.body} ${classes.body}`}
        onKeyDown={onKeyDown}
        style={{ '--content-height': `${virtualizer.getTotalSize()}px` } as CSSProperties}
      >
        <table className={vt.table} aria-label="Customers" aria-rowcount={rows.length + 1}>
          <thead className={vt.head}>
            <tr aria-rowindex={1} className={vt.headRow}>
              <th scope="col" className={vt.cell} aria-sort={sortOf('name')}>
                Customer
              </th>
              <th scope="col" className={vt.cell}>
                How they pay
              </th>
              <th scope="col" className={`${vt.cell} ${vt.number}`} aria-sort={sortOf('balance')}>
                Balance
              </th>
              <th scope="col" className={`${vt.cell} ${vt.number}`}>
                Overdue
              </th>
              <th scope="col" className={vt.cell} aria-sort={sortOf('overdue')}>
                Oldest unpaid
              </th>
              <th scope="col" className={`${vt.cell} ${vt.number}`}>
                Open
              </th>
            </tr>
          </thead>
          <tbody className={vt.rows} style={{ height: virtualizer.getTotalSize() - HEAD_HEIGHT }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              return row ? (
                <CustomerGridRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  top={item.start - HEAD_HEIGHT}
                  active={item.index === active}
                  onFocusRow={onFocusRow}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * Which column the order follows, and which way, for screen readers. Balance: largest first; most
 * overdue: the oldest unpaid first (lateness descending); name: A to Z. Reverse turns each round.
 */
function ariaSort(
  column: CustomerSort,
  sort: CustomerSort,
  reverse: boolean,
): 'ascending' | 'descending' | undefined {
  if (column !== sort) return undefined;
  const natural = column === 'name' ? 'ascending' : 'descending';
  if (!reverse) return natural;
  return natural === 'ascending' ? 'descending' : 'ascending';
}
