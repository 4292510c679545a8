import { type IsoDate, isoDate, isRealDate } from '../../../../shared/dates';

// Dates as exports write them: 2021-01-28, 28/01/2021, 01/28/2021, 28.01.21, Jan 28 2021,
// 28-Jan-2021, "Monday, January 28, 2021", 2021-01-28T00:00:00Z. A time part is dropped as
// written, never converted between time zones: the calendar day on the invoice is the day.
// Whether 03/04/2021 is 3 April or 4 March is settled by the file (a 13th or later day somewhere,
// or due dates that would fall before issue dates); when the file cannot settle it, Duly asks.

export type DateOrder = 'DMY' | 'MDY';

export type DateShape =
  | { kind: 'empty' }
  | { kind: 'exact'; date: IsoDate }
  | { kind: 'numeric'; first: number; second: number; year: number }
  | { kind: 'invalid' };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|urday|sday)?$/;
const TIME_SUFFIX =
  /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2}|(GMT|UTC)\S*)?$/;

/** Two-digit years: the nearest century that puts the year no more than 20 years ahead. */
export function expandYear(year: number, digits: number, thisYear: number): number {
  if (digits === 4) return year;
  const candidate = 2000 + year;
  return candidate > thisYear + 20 ? candidate - 100 : candidate;
}

// Ten years of invoices hold only a few thousand distinct dates: each is worked out once.
const shapes = new Map<number, Map<string, DateShape>>();

export function dateShape(raw: string, thisYear: number): DateShape {
  let byText = shapes.get(thisYear);
  if (!byText) {
    byText = new Map();
    shapes.set(thisYear, byText);
  }
  let shape = byText.get(raw);
  if (!shape) {
    if (byText.size > 50_000) byText.clear();
    shape = computeShape(raw, thisYear);
    byText.set(raw, shape);
  }
  return shape;
}

function computeShape(raw: string, thisYear: number): DateShape {
  const text = raw.trim().replace(TIME_SUFFIX, '').trim();
  if (text === '') return { kind: 'empty' };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return exact(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const year = expandYear(Number(m[3]), m[3]!.length, thisYear);
    return { kind: 'numeric', first: Number(m[1]), second: Number(m[2]), year };
  }
  return named(text, thisYear);
}

function exact(y: number, mo: number, d: number): DateShape {
  return isRealDate(y, mo, d) ? { kind: 'exact', date: isoDate(y, mo, d) } : { kind: 'invalid' };
}

function named(text: string, thisYear: number): DateShape {
  const tokens = text
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((t) => t !== '' && !WEEKDAY.test(t));
  if (tokens.length !== 3) return { kind: 'invalid' };
  const monthAt = tokens.findIndex((t) => /^[a-z]+$/.test(t));
  if (monthAt < 0) return { kind: 'invalid' };
  const month = MONTHS[tokens[monthAt]!];
  const numbers = tokens.filter((_, i) => i !== monthAt);
  if (month === undefined || !numbers.every((t) => /^\d{1,4}$/.test(t))) return { kind: 'invalid' };
  // "2021 Jan 28" puts the year first; otherwise the day comes before the year.
  const [a, b] = numbers as [string, string];
  const [dayText, yearText] = a.length === 4 ? [b, a] : [a, b];
  if (yearText.length !== 4 && yearText.length !== 2) return { kind: 'invalid' };
  return exact(expandYear(Number(yearText), yearText.length, thisYear), month, Number(dayText));
}

/** The orders a numeric date allows: 13/01 only day-first, 01/13 only month-first. */
export function ordersAllowed(shape: DateShape): Set<DateOrder> {
  if (shape.kind !== 'numeric') return new Set(['DMY', 'MDY']);
  const allowed = new Set<DateOrder>();
  if (isRealDate(shape.year, shape.second, shape.first)) allowed.add('DMY');
  if (isRealDate(shape.year, shape.first, shape.second)) allowed.add('MDY');
  return allowed;
}

export function resolveDate(shape: DateShape, order: DateOrder | null): IsoDate | null {
  switch (shape.kind) {
    case 'exact':
      return shape.date;
    case 'numeric': {
      if (order === null) return null;
      const [day, month] = order === 'DMY' ? [shape.first, shape.second] : [shape.second, shape.first];
      return isRealDate(shape.year, month, day) ? isoDate(shape.year, month, day) : null;
    }
    default:
      return null;
  }
}

/** Parse one date where the order is already known (or not needed). */
export function parseDate(raw: string, order: DateOrder | null, thisYear: number): IsoDate | null {
  return resolveDate(dateShape(raw, thisYear), order);
}

export const DATE_ORDER_NAMES: Record<DateOrder, string> = { DMY: 'DD/MM/YYYY', MDY: 'MM/DD/YYYY' };

/** Accepts what people type for --date-format: DD/MM/YYYY, dmy, d/m/y, MM-DD-YY, us, uk… */
export function dateOrderFromText(text: string): DateOrder | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (/^d+m+y+$/.test(t) || t === 'uk' || t === 'eu') return 'DMY';
  if (/^m+d+y+$/.test(t) || t === 'us') return 'MDY';
  return null;
}
