import { parseArgs } from 'node:util';
import { openBooks } from '../../main/db/books';
import { ageingReport } from '../../main/features/ageing/ageing.service';
import { getSettings } from '../../main/features/settings/settings.service';
import type { AgeingReport } from '../../shared/contract/ageing';
import { isIsoDate } from '../../shared/dates';
import { formatMoney, minorDigits, toDecimalString } from '../../shared/money';
import { type CliIO, clockFrom, oneOf, requireDb, resolvePath, UsageError } from '../io';

export const ageingHelp = `duly ageing --db FILE [--as-of YYYY-MM-DD] [--format table|json|csv]

  What is owed, by whom and how late, as of a date (today by default).
  json: amounts in minor units (pence, cents); csv and table: in the currency's units.`;

/** The documented JSON shape: exactly these keys, amounts in minor units. */
export function ageingJson(r: AgeingReport) {
  return {
    asOf: r.asOf,
    currency: r.currency,
    buckets: r.buckets,
    totalOpen: r.totalOpen,
    unappliedCredit: r.unappliedCredit,
    openInvoices: r.openInvoices,
    customers: r.customers.map((c) => ({
      ref: c.ref,
      name: c.name,
      buckets: c.buckets,
      credit: c.credit,
      balance: c.balance,
    })),
  };
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function ageingCsv(r: AgeingReport): string {
  const digits = minorDigits(r.currency);
  const money = (m: number) => toDecimalString(m, digits);
  const labels = r.buckets.map((b) => b.label);
  const lines = [['ref', 'name', ...labels, 'credit', 'balance'].join(',')];
  for (const c of r.customers) {
    lines.push(
      [
        csvCell(c.ref),
        csvCell(c.name),
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

export function ageingTable(r: AgeingReport, locale: string): string {
  const money = (m: number) => (m === 0 ? '–' : formatMoney(m, r.currency, locale));
  const labels = r.buckets.map((b) => b.label);
  const head = [
    'Ref',
    'Customer',
    ...labels.map((l) => (l === 'current' ? 'Not yet due' : `${l} days`)),
    'Credit',
    'Balance',
  ];
  const rows = r.customers.map((c) => [
    c.ref,
    c.name,
    ...labels.map((l) => money(c.buckets[l] ?? 0)),
    money(c.credit),
    money(c.balance),
  ]);
  const total = [
    '',
    'Total',
    ...r.buckets.map((b) => money(b.amount)),
    money(r.unappliedCredit),
    money(r.totalOpen - r.unappliedCredit),
  ];
  const all = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [
    `Aged receivables as of ${r.asOf} (${r.currency}): ${r.openInvoices} open invoice${r.openInvoices === 1 ? '' : 's'}`,
    '',
    line(head),
    rule,
    ...rows.map(line),
    rule,
    line(total),
    '',
  ].join('\n');
}

export async function ageingCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  const format = oneOf(values.format, ['table', 'json', 'csv'] as const, '--format', 'table');
  const clock = clockFrom(values.today);
  const asOf = values['as-of'] ?? clock.today();
  if (!isIsoDate(asOf))
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not "${asOf}".`);
  const books = await openBooks(resolvePath(io, requireDb(values.db)), { create: false });
  try {
    const ctx = { books, clock };
    const report = ageingReport(ctx, asOf);
    if (format === 'json') io.out(`${JSON.stringify(ageingJson(report), null, 2)}\n`);
    else if (format === 'csv') io.out(ageingCsv(report));
    else io.out(ageingTable(report, getSettings(ctx).locale));
    return 0;
  } finally {
    books.close();
  }
}
