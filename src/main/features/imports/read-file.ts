import type { ColumnMapping, FileReport } from '../../../shared/contract/imports';
import type { Problem } from '../../../shared/errors';
import { isCurrencyCode, minorDigits } from '../../../shared/money';
import { type NormaliseOptions, normalise } from './normalise/normalise';
import type { ParsedFile } from './normalise/parsed';
import { type DateSettlement, settleDateOrder, settleDecimal } from './normalise/settle-formats';
import { PROFILES } from './profiles';
import { emptyRecords, type FileKind, type RawRecords } from './profiles/types';
import { DATE_ORDER_NAMES, type DateOrder } from './read/dates';
import { decode } from './read/decode';
import { isBlankRow, readGrid } from './read/grid';
import { exportDateFrom } from './read/header';
import { recogniseWithMapping } from './read/mapping';
import { type Recognition, recognise, rowViews, surroundingLines } from './read/recognise';

// One file from bytes to parsed records, with a report of what Duly recognised in it.

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** What the owner says the file holds (--customers/--invoices/--payments); else recognised. */
  kind?: 'customers' | 'invoices' | 'payments' | 'credit_notes';
  /** The owner's own column mapping (the import wizard), replacing what Duly recognised. */
  mapping?: ColumnMapping;
}

export type { FileReport };

export interface ReadResult {
  report: FileReport;
  parsed: ParsedFile | null;
  problems: Problem[];
  dates: DateSettlement;
}

const PREVIEW_ROWS = 5;
const RAW_ROWS = 30;

const KIND_FILTER: Record<NonNullable<ImportFile['kind']>, FileKind[]> = {
  customers: ['customers'],
  invoices: ['invoices', 'transactions', 'credit_notes'],
  payments: ['payments', 'transactions'],
  credit_notes: ['credit_notes', 'transactions', 'invoices'],
};

function statedCurrency(raw: RawRecords): { currency: string | null; problem?: string } {
  const codes = new Set<string>();
  for (const r of [...raw.invoices, ...raw.payments, ...raw.creditNotes]) {
    const text = r.currency?.text.trim().toUpperCase();
    if (text) codes.add(text);
  }
  if (codes.size === 0) return { currency: null };
  if (codes.size > 1)
    return {
      currency: null,
      problem: `The file mixes currencies (${[...codes].join(', ')}); Duly keeps one currency per books file.`,
    };
  const code = [...codes][0]!;
  return isCurrencyCode(code)
    ? { currency: code }
    : { currency: null, problem: `"${code}" is not a currency code.` };
}

function countSkipped(raw: RawRecords) {
  const counts = new Map<string, number>();
  for (const s of raw.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

export interface ReadOptions {
  dateOrder?: DateOrder;
  booksCurrency: string;
  thisYear: number;
}

export function readImportFile(file: ImportFile, options: ReadOptions): ReadResult {
  const decoded = decode(file.bytes);
  const grid = readGrid(decoded.text);
  const report: FileReport = {
    name: file.name,
    encoding: decoded.encoding + (decoded.bom ? ' (with byte-order mark)' : ''),
    delimiter: grid.delimiter === '\t' ? 'tab' : grid.delimiter,
    tool: null,
    layout: null,
    kind: null,
    headerRow: null,
    dataRows: 0,
    dateFormat: null,
    dateReason: '',
    decimal: '.',
    currency: null,
    exportDate: null,
    found: { customers: 0, invoices: 0, payments: 0, creditNotes: 0 },
    skipped: [],
    notes: [],
    header: [],
    rawRows: grid.rows.slice(0, RAW_ROWS),
    preview: [],
    columns: {},
    mapped: file.mapping !== undefined,
  };
  const problems: Problem[] = grid.errors.map((e) => ({ file: file.name, row: e.row, message: e.message }));
  const noDates: DateSettlement = { order: null, ambiguous: false, examples: [], reason: '' };
  let recognition: Recognition | null;
  if (file.mapping) {
    const mapped = recogniseWithMapping(grid, file.mapping);
    if ('problem' in mapped) {
      problems.push({ file: file.name, message: mapped.problem });
      return { report, parsed: null, problems, dates: noDates };
    }
    recognition = mapped;
  } else {
    recognition = recognise(grid, PROFILES, file.kind ? KIND_FILTER[file.kind] : undefined);
  }
  if (!recognition) {
    const first =
      grid.rows
        .find((r) => !isBlankRow(r))
        ?.join(', ')
        .slice(0, 120) ?? '(the file is empty)';
    problems.push({
      file: file.name,
      message:
        `Duly could not tell what this file holds${file.kind ? ` as ${file.kind.replace('_', ' ')}` : ''}. ` +
        `Its first line reads: ${first}. Duly reads Duly's own CSV files and exports from QuickBooks, Xero, Wave, Zoho, ` +
        'Invoice Ninja, FreshBooks, Sage, tills and spreadsheets with headers such as "Invoice #", "Invoice Date" and "Amount".',
    });
    return { report, parsed: null, problems, dates: noDates };
  }
  const { profile } = recognition;
  Object.assign(report, {
    tool: profile.tool,
    layout: profile.label,
    kind: profile.kind,
    headerRow: recognition.headerIndex + 1,
  });
  const views = rowViews(grid, recognition);
  report.dataRows = views.length;
  report.header = recognition.header;
  report.preview = views.slice(0, PREVIEW_ROWS).map((v) => [...v.cells]);
  report.columns = Object.fromEntries(
    [...recognition.columns].map(([key, index]) => [key, recognition.header[index] ?? '']),
  );
  const raw = emptyRecords();
  const info = { name: file.name, titles: surroundingLines(grid, recognition) };
  for (const group of profile.group ? profile.group(views) : views.map((v) => [v]))
    profile.read(group, raw, info);
  problems.push(...raw.problems.map((p) => ({ file: file.name, ...p })));
  report.skipped = countSkipped(raw);
  report.notes.push(...raw.notes);
  const exportDate = exportDateFrom(info.titles, options.thisYear);
  report.exportDate = exportDate;

  const stated = statedCurrency(raw);
  if (stated.problem) problems.push({ file: file.name, message: stated.problem });
  report.currency = stated.currency;
  const dates = settleDateOrder(raw, options.thisYear, options.dateOrder);
  report.dateFormat = dates.order ? DATE_ORDER_NAMES[dates.order] : null;
  report.dateReason = dates.reason;
  const decimal = settleDecimal(raw, grid.delimiter === ';');
  report.decimal = decimal;
  const recordCount =
    raw.customers.length + raw.invoices.length + raw.payments.length + raw.creditNotes.length;
  if (recordCount === 0 && raw.skipped.length === 0 && raw.problems.length === 0) {
    problems.push({
      file: file.name,
      row: recognition.headerIndex + 1,
      message: 'There are no rows to import below the header.',
    });
  }
  if (dates.ambiguous) return { report, parsed: null, problems, dates };

  const options2: NormaliseOptions = {
    file: file.name,
    dateOrder: dates.order,
    decimal,
    digits: minorDigits(stated.currency ?? options.booksCurrency),
    thisYear: options.thisYear,
  };
  if (exportDate) options2.exportDate = exportDate;
  const { parsed, problems: parseProblems } = normalise(raw, options2);
  problems.push(...parseProblems);
  if (stated.currency) parsed.currency = stated.currency;
  report.found = {
    customers: parsed.customers.length,
    invoices: parsed.invoices.length,
    payments: parsed.payments.length,
    creditNotes: parsed.creditNotes.length,
  };
  return { report, parsed, problems, dates };
}
