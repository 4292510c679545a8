import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBooks } from '../../main/db/books';
import type { ImportProgress } from '../../main/features/imports/commit';
import { analyseImport, type ImportAnalysis, runImport } from '../../main/features/imports/import.service';
import { type DateOrder, dateOrderFromText } from '../../main/features/imports/read/dates';
import type { FileReport, ImportFile } from '../../main/features/imports/read-file';
import { describeProblem } from '../../shared/errors';
import { type CliIO, clockFrom, requireDb, resolvePath, UsageError } from '../io';

export const importHelp = `duly import --db FILE [--customers F] [--invoices F] [--payments F] [--credit-notes F]
            [--date-format DD/MM/YYYY|MM/DD/YYYY] [--dry-run] [--json] [FILE…]

  Files named after a flag are read as that kind; files given without a flag are recognised by
  their content (Duly's own CSV files, QuickBooks, Xero, Wave, Zoho, Invoice Ninja, FreshBooks,
  Sage, tills, spreadsheets). All or nothing: any bad row and nothing is imported.
  --dry-run checks and reports without importing.`;

function readFile(io: CliIO, file: string, kind?: ImportFile['kind']): ImportFile {
  const full = resolvePath(io, file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(full);
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  const f: ImportFile = { name: path.basename(full), bytes };
  if (kind) f.kind = kind;
  return f;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(c: ImportAnalysis['toAdd']): string {
  return [
    plural(c.customers, 'customer'),
    plural(c.invoices, 'invoice'),
    plural(c.payments, 'payment'),
    plural(c.creditNotes, 'credit note'),
  ].join(', ');
}

function describeFile(f: FileReport): string {
  if (!f.layout) return `  ${f.name}: not recognised`;
  const how = [
    f.encoding,
    f.headerRow && f.headerRow > 1 ? `header on row ${f.headerRow}` : null,
    f.dateFormat ? `dates ${f.dateFormat}` : null,
    f.decimal === ',' ? 'decimal comma' : null,
    f.currency,
    f.exportDate ? `exported ${f.exportDate}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const found = Object.entries(f.found)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => plural(n, k.replace('creditNotes', 'credit note').replace(/s$/, '')))
    .join(', ');
  const skipped = f.skipped.length
    ? `; left out: ${f.skipped.map((s) => plural(s.count, s.reason)).join(', ')}`
    : '';
  return `  ${f.name}: ${f.layout} (${how}): ${found || 'nothing to import'}${skipped}`;
}

function report(io: CliIO, a: ImportAnalysis, verb: string): void {
  io.out(`Recognised ${plural(a.files.length, 'file')}:\n${a.files.map(describeFile).join('\n')}\n`);
  io.out(`${verb}: ${counts(a.toAdd)}.\n`);
  const already = a.alreadyThere;
  if (already.customers + already.invoices + already.payments + already.creditNotes > 0) {
    io.out(`Already in the books, so not added again: ${counts(already)}.\n`);
  }
  for (const note of a.notes) io.out(`Note: ${note}\n`);
  for (const w of a.warnings) io.out(`Warning: ${describeProblem(w)}\n`);
}

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      customers: { type: 'string', multiple: true },
      invoices: { type: 'string', multiple: true },
      payments: { type: 'string', multiple: true },
      'credit-notes': { type: 'string', multiple: true },
      'date-format': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      today: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const db = requireDb(values.db);
  const files: ImportFile[] = [
    ...(values.customers ?? []).map((f) => readFile(io, f, 'customers')),
    ...(values.invoices ?? []).map((f) => readFile(io, f, 'invoices')),
    ...(values.payments ?? []).map((f) => readFile(io, f, 'payments')),
    ...(values['credit-notes'] ?? []).map((f) => readFile(io, f, 'credit_notes')),
    ...positionals.map((f) => readFile(io, f)),
  ];
  if (files.length === 0) throw new UsageError('Name at least one file to import.');
  let dateOrder: DateOrder | undefined;
  if (values['date-format'] !== undefined) {
    dateOrder = dateOrderFromText(values['date-format']) ?? undefined;
    if (!dateOrder)
      throw new UsageError(`--date-format must be DD/MM/YYYY or MM/DD/YYYY, not "${values['date-format']}".`);
  }
  const books = await openBooks(resolvePath(io, db));
  try {
    const ctx = { books, clock: clockFrom(values.today) };
    let last = '';
    const onProgress = (p: ImportProgress) => {
      if (!io.interactive) return;
      const line =
        p.phase === 'saving' && p.total > 0
          ? `Saving… ${Math.floor((100 * p.done) / p.total)}%`
          : `${p.phase[0]!.toUpperCase()}${p.phase.slice(1)}…`;
      if (line !== last) io.err(`${line}\n`);
      last = line;
    };
    const options = { ...(dateOrder ? { dateOrder } : {}), onProgress };
    if (values['dry-run']) {
      const analysis = analyseImport(ctx, files, options);
      if (values.json) io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      else {
        report(io, analysis, 'Would import');
        for (const p of analysis.problems) io.out(`Problem: ${describeProblem(p)}\n`);
      }
      return analysis.problems.length + analysis.ambiguousDates.length > 0 ? 1 : 0;
    }
    const summary = runImport(ctx, files, options);
    if (values.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
    else report(io, summary, 'Imported');
    return 0;
  } finally {
    books.close();
  }
}
