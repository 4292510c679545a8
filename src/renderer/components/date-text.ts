import { type DateFormat, formatDate, type IsoDate, isoDate, isRealDate } from '../../shared/dates';

// Reading a date the owner typed: in the format chosen in Settings (23/11/2026 for DD/MM/YYYY) or as
// ISO (2026-11-23). The answer is always a 'YYYY-MM-DD' string: no Date object, so no time zone can
// move the day.

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Typed text → 'YYYY-MM-DD', or null when it is not a real date in the owner's format or ISO. */
export function readDateText(text: string, format: DateFormat): IsoDate | null {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const other = DAY_FIRST.exec(s);
  if (!other || format === 'YYYY-MM-DD') return null;
  const [a, b, year] = [Number(other[1]), Number(other[2]), Number(other[3])];
  return format === 'MM/DD/YYYY' ? checked(year, a, b) : checked(year, b, a);
}

function checked(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) ? isoDate(year, month, day) : null;
}

/** The message for a date that could not be read, with an example in the owner's own format. */
export function dateHint(format: DateFormat, example: IsoDate): string {
  return `Write the date as ${format}, such as ${formatDate(example, format)}.`;
}
