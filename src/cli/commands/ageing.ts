import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBooks } from '../../main/db/books';
import { ageingReport } from '../../main/features/ageing/ageing.service';
import { ageingCsv } from '../../main/features/reports/ageing-report.csv';
import { renderAgeingPdf } from '../../main/features/reports/ageing-report.pdf';
import { getSettings } from '../../main/features/settings/settings.service';
import { pdfPageCount } from '../../main/pdf/page-count';
import type { AgeingReport } from '../../shared/contract/ageing';
import { formatMoney } from '../../shared/money';
import { asOfFrom, type CliIO, clockFrom, oneOf, requireDb, resolvePath, UsageError } from '../io';
import { checkNotBooks, textColumns, writeOutputFile } from '../output';

export const ageingHelp = `duly ageing --db FILE [--as-of YYYY-MM-DD] [--format table|json|csv|pdf] [--out FILE]
            [--detail] [--paper a4|letter]

  What is owed, by whom and how late, as of a date (today by default), in the buckets set in
  Settings.
  table: for reading on screen. json: amounts in minor units (pence, cents). csv: one line per
  customer and a TOTAL line, amounts in the currency's units.
  pdf: the printable report; needs --out. --detail adds each customer's open invoices;
  --paper chooses the paper (default Letter for US and Canadian businesses, A4 elsewhere).
  --out FILE: write the report to FILE instead of the screen and say so in one line. Without
  --format, a FILE ending in .pdf, .csv or .json gives the format.`;

const FORMATS = ['table', 'json', 'csv', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** --format when given, else what --out's extension says, else a table for the screen. */
function formatFor(given: string | undefined, out: string | undefined): Format {
  if (given !== undefined || out === undefined) return oneOf(given, FORMATS, '--format', 'table');
  const ext = path.extname(out).slice(1).toLowerCase();
  return ext === 'pdf' || ext === 'csv' || ext === 'json' ? ext : 'table';
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

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
  const { line, rule } = textColumns([head, ...rows, total], (i) => i < 2);
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
      out: { type: 'string' },
      detail: { type: 'boolean' },
      paper: { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  const format = formatFor(values.format, values.out);
  const paper =
    values.paper === undefined ? undefined : oneOf(values.paper, ['a4', 'letter'] as const, '--paper', 'a4');
  if (format !== 'pdf' && (values.detail || paper)) {
    throw new UsageError(`${values.detail ? '--detail' : '--paper'} is for the PDF: add --format pdf.`);
  }
  // A PDF on a terminal is noise, and in a pipe it is better named: it always goes to a file.
  if (format === 'pdf' && !values.out) throw new UsageError('Say where to write the PDF with --out FILE.');
  const clock = clockFrom(values.today);
  const asOf = asOfFrom(values['as-of'], clock);
  const dbPath = resolvePath(io, requireDb(values.db));
  const outPath = values.out === undefined ? undefined : resolvePath(io, values.out);
  if (outPath) checkNotBooks(outPath, dbPath);
  const books = await openBooks(dbPath, { create: false });
  try {
    const ctx = { books, clock };
    if (format === 'pdf') {
      const bytes = await renderAgeingPdf(ctx, {
        asOf,
        detail: values.detail ?? false,
        ...(paper ? { paper } : {}),
      });
      writeOutputFile(outPath!, bytes);
      io.out(
        `Wrote aged receivables as of ${asOf} to ${values.out} (${plural(pdfPageCount(bytes), 'page')}).\n`,
      );
      return 0;
    }
    const report = ageingReport(ctx, asOf);
    const text =
      format === 'json'
        ? `${JSON.stringify(ageingJson(report), null, 2)}\n`
        : format === 'csv'
          ? ageingCsv(report)
          : ageingTable(report, getSettings(ctx).locale);
    if (!outPath) {
      io.out(text);
      return 0;
    }
    writeOutputFile(outPath, text);
    const customers = plural(report.customers.length, 'customer');
    io.out(`Wrote aged receivables as of ${asOf} to ${values.out} (${customers}).\n`);
    return 0;
  } finally {
    books.close();
  }
}
