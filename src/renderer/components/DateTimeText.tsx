import { type DateFormat, formatDate, isoDate } from '../../shared/dates';
import { useAppData } from '../app-data';

// A moment (when a backup was made, when something was saved), shown in the owner's date format and
// the locale's way of writing the time, in this computer's time zone. For display only: business
// dates (due dates, "today") always come from main, never from the renderer's clock.

/** "23/11/2026 10:04" for an ISO timestamp, with the settings' date format and locale. */
export function formatDateTime(instant: string, format: DateFormat, locale: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  const day = isoDate(when.getFullYear(), when.getMonth() + 1, when.getDate());
  let time: string;
  try {
    time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(when);
  } catch {
    time = `${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
  }
  return `${formatDate(day, format)} ${time}`;
}

export function useDateTimeFormat(): (instant: string) => string {
  const { settings } = useAppData();
  const format = (settings?.dateFormat ?? 'DD/MM/YYYY') as DateFormat;
  const locale = settings?.locale ?? 'en-GB';
  return (instant) => formatDateTime(instant, format, locale);
}

/** A moment in the owner's format; the exact timestamp stays in the markup for machines. */
export function DateTimeText({ value }: { value: string }) {
  const format = useDateTimeFormat();
  return <time dateTime={value}>{format(value)}</time>;
}
