// How the customers screens say things in words. Pure functions, tested in words.test.ts: the
// figures themselves (days overdue, what is still owed) always come from main.

/** "1 customer", "5,000 customers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "1 day", "53 days". */
const days = (n: number): string => plural(n, 'day');

/**
 * The customers list's lateness column: how late the oldest unpaid invoice is. Nothing open: a dash;
 * open but none past due: "Not due".
 */
export function oldestOverdueWords(daysOverdue: number | null, openInvoices: number): string {
  if (daysOverdue !== null && daysOverdue > 0) return `${days(daysOverdue)} overdue`;
  return openInvoices > 0 ? 'Not due' : '—';
}

/** How worried to look: quiet until a month late, warm after, red after three months. */
export type Lateness = 'none' | 'late' | 'very-late' | 'long-overdue';

export function latenessOf(daysOverdue: number | null): Lateness {
  if (daysOverdue === null || daysOverdue <= 0) return 'none';
  if (daysOverdue <= 30) return 'late';
  if (daysOverdue <= 90) return 'very-late';
  return 'long-overdue';
}

/**
 * An invoice's status in words: "Paid 05/01/2026", "Due today", "Due in 12 days", "53 days overdue".
 * daysOverdue is main's count (negative: due in that many days), null once paid.
 */
export function invoiceStatusWords(
  invoice: { paidOn: string | null; daysOverdue: number | null; open: number },
  formatDate: (iso: string) => string,
): string {
  if (invoice.paidOn !== null) return `Paid ${formatDate(invoice.paidOn)}`;
  const d = invoice.daysOverdue;
  if (d === null) return invoice.open === 0 ? 'Settled' : 'Open';
  if (d === 0) return 'Due today';
  if (d === -1) return 'Due tomorrow';
  if (d < 0) return `Due in ${days(-d)}`;
  return `${days(d)} overdue`;
}

/** Payment methods as stored ("bank transfer") → as shown ("Bank transfer"). */
export function methodLabel(method: string): string {
  return method === '' ? '' : method.charAt(0).toUpperCase() + method.slice(1);
}

/** The payment methods offered in the form; the owner can leave it empty. */
export const PAYMENT_METHODS = ['bank transfer', 'card', 'cash', 'cheque'] as const;
