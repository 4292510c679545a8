import type { AgeingReport } from '../../../shared/contract/ageing';
import { minorDigits, toDecimalString } from '../../../shared/money';

// The aged receivables as CSV: one line per customer with a column per bucket (from Settings), then
// a TOTAL line. Amounts in the currency's units with a plain "." (what spreadsheets and accounting
// tools read whatever their language), never formatted with thousands separators.

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function ageingCsv(r: AgeingReport): string {
  const digits = minorDigits(r.currency);
  const money = (m: number) => toDecimalString(m, digits);
  const labels = r.buckets.map((b) => b.label);
  const lines = [['ref', 'name', ...labels, 'credit', 'balance'].join(',')];
  for (const c of r.customers) {
    lines.push(
      [
        cell(c.ref),
        cell(c.name),
        ...labels.map((l) => money(c.buckets[l] ?? 0)),
        money(c.credit),
        money(c.balance),
      ].join(','),
    );
  }
  lines.push(
    [
      'TOTAL',
      '',
      ...r.buckets.map((b) => money(b.amount)),
      money(r.unappliedCredit),
      money(r.totalOpen - r.unappliedCredit),
    ].join(','),
  );
  return `${lines.join('\n')}\n`;
}
