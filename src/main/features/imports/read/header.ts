import { type IsoDate, isoDate, isRealDate } from '../../../../shared/dates';
import { dateShape } from './dates';

export { dedupeHeaders, normaliseHeader } from '../../../../shared/headers';

// Exports put title rows above the header ("Maple Street Hardware", "Invoice List", a date range)
// and totals and a timestamp below the data. The header is the row that best matches a known
// layout; the rows around it are kept as titles, because they tell the tool and the export date.

const MONTH_DATE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The date an export was made, from the lines around its data: QuickBooks' footer timestamp
 * ("Monday, January 05, 2026 03:14 PM GMT-08:00"), "As of January 5, 2026", "As at 31 January
 * 2026", "Exported 2026-01-05". A reporting period ("October 1-December 31, 2025") is not an
 * export date and is ignored.
 */
export function exportDateFrom(lines: readonly string[], thisYear: number): IsoDate | null {
  const candidates: IsoDate[] = [];
  for (const line of lines) {
    const stamped = /\d{1,2}:\d{2}/.test(line);
    const stated = /\b(as of|as at|exported|generated|printed|run on|created)\b/i.test(line);
    if (!stamped && !stated) continue;
    for (const match of line.match(MONTH_DATE) ?? []) {
      const shape = dateShape(match.replace(/(\d)(st|nd|rd|th)/, '$1'), thisYear);
      if (shape.kind === 'exact') candidates.push(shape.date);
    }
    const iso = ISO_DATE.exec(line);
    if (iso && isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
      candidates.push(isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])));
    }
  }
  // The footer's timestamp comes last in the file and is the moment of export.
  return candidates.at(-1) ?? null;
}
