import { type DateFormat, formatDate } from '../../shared/dates';
import { useAppData } from '../app-data';

/** A calendar date in the owner's chosen format; the ISO date stays in the markup for machines. */
export function DateText({ value }: { value: string }) {
  const format = useDateFormat();
  return <time dateTime={value}>{format(value)}</time>;
}

export function useDateFormat(): (iso: string) => string {
  const { settings } = useAppData();
  const format = (settings?.dateFormat ?? 'DD/MM/YYYY') as DateFormat;
  return (iso) => formatDate(iso, format);
}
