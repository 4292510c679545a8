import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/dates';
import { invoiceStatusWords, latenessOf, methodLabel, oldestOverdueWords, plural } from './words';

const dmy = (iso: string) => formatDate(iso, 'DD/MM/YYYY');

describe('customers in words', () => {
  it('counts', () => {
    expect(plural(1, 'customer')).toBe('1 customer');
    expect(plural(5000, 'customer')).toBe('5,000 customers');
    expect(plural(0, 'invoice')).toBe('0 invoices');
  });

  it('says how late the oldest unpaid invoice is', () => {
    expect(oldestOverdueWords(53, 3)).toBe('53 days overdue');
    expect(oldestOverdueWords(1, 1)).toBe('1 day overdue');
    expect(oldestOverdueWords(null, 2)).toBe('Not due');
    expect(oldestOverdueWords(null, 0)).toBe('—');
  });

  it('grades lateness', () => {
    expect(latenessOf(null)).toBe('none');
    expect(latenessOf(0)).toBe('none');
    expect(latenessOf(30)).toBe('late');
    expect(latenessOf(31)).toBe('very-late');
    expect(latenessOf(91)).toBe('long-overdue');
  });

  it("says an invoice's status", () => {
    const open = { paidOn: null, open: 100 };
    expect(invoiceStatusWords({ ...open, daysOverdue: -12 }, dmy)).toBe('Due in 12 days');
    expect(invoiceStatusWords({ ...open, daysOverdue: -1 }, dmy)).toBe('Due tomorrow');
    expect(invoiceStatusWords({ ...open, daysOverdue: 0 }, dmy)).toBe('Due today');
    expect(invoiceStatusWords({ ...open, daysOverdue: 53 }, dmy)).toBe('53 days overdue');
    expect(invoiceStatusWords({ paidOn: '2026-01-05', daysOverdue: null, open: 0 }, dmy)).toBe(
      'Paid 05/01/2026',
    );
  });

  it('names payment methods for people', () => {
    expect(methodLabel('bank transfer')).toBe('Bank transfer');
    expect(methodLabel('')).toBe('');
  });
});
