import {
  type ColumnMapping,
  type FileReport,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportKind,
} from '../../../shared/contract/imports';
import { dedupeHeaders } from '../../../shared/headers';
import type { PickedFile } from './picked-files';

// The column mapping the owner can set when Duly did not recognise a file (or read it wrongly):
// which row holds the column names, what the file holds, and which column is which field. Pure
// functions; main validates the mapping again and says what is still missing.

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  customers: 'Customers',
  invoices: 'Invoices',
  payments: 'Payments',
  credit_notes: 'Credit notes',
};

/** What to map a file as: what Duly recognised when it is one of the four, else invoices (the usual). */
export function mappableKind(kind: string | null): ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ImportKind) : 'invoices';
}

/** The row most likely to hold column names: the first nearly as wide as the widest (titles are narrow). */
export function likelyHeaderRow(rows: readonly string[][]): number {
  const filled = rows.slice(0, 20).map((r) => r.filter((c) => c.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  const at = filled.findIndex((n) => n >= Math.max(2, Math.ceil(widest * 0.6)));
  return at < 0 ? 1 : at + 1;
}

/** The column names on a row (1 = the first line), as main will read them. */
export function headerCellsAt(rows: readonly string[][], headerRow: number): string[] {
  return dedupeHeaders(rows[headerRow - 1] ?? []);
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Columns whose names say exactly which field they are ("Due date", "due_date"). Nothing cleverer:
 * main's recognition has already tried the clever guesses, and a wrong pre-filled guess is worse
 * than an empty choice the owner makes.
 */
export function guessColumns(kind: ImportKind, header: readonly string[]): Record<string, string> {
  const columns: Record<string, string> = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS[kind]) {
    const names = [squash(field.label), squash(field.key)];
    const match = header.find((h) => h !== '' && !used.has(h) && names.includes(squash(h)));
    if (match) {
      columns[field.key] = match;
      used.add(match);
    }
  }
  return columns;
}

/** Where the editor starts: the owner's mapping, else what Duly recognised, else a plain guess. */
export function initialMapping(file: PickedFile, report: FileReport | undefined): ColumnMapping {
  if (file.mapping) return file.mapping;
  if (report?.headerRow && report.header.length > 0) {
    const kind = mappableKind(report.kind);
    return { kind, headerRow: report.headerRow, columns: keepValid(kind, report.columns, report.header) };
  }
  const rows = report?.rawRows ?? [];
  const headerRow = likelyHeaderRow(rows);
  return {
    kind: 'invoices',
    headerRow,
    columns: guessColumns('invoices', headerCellsAt(rows, headerRow)),
  };
}

/** Only the fields this kind of file has, and only columns the header row really holds. */
export function keepValid(
  kind: ImportKind,
  columns: Readonly<Record<string, string>>,
  header: readonly string[],
): Record<string, string> {
  const keys = new Set(IMPORT_FIELDS[kind].map((f) => f.key));
  return Object.fromEntries(
    Object.entries(columns).filter(([k, v]) => keys.has(k) && v && header.includes(v)),
  );
}

/** The fields still to choose before main can read the file this way, by their labels. */
export function missingFields(mapping: ColumnMapping): string[] {
  const chosen = (key: string) => Boolean(mapping.columns[key]);
  const missing = IMPORT_FIELDS[mapping.kind].filter((f) => f.required && !chosen(f.key)).map((f) => f.label);
  if (mapping.kind !== 'customers' && !chosen('customerRef') && !chosen('customerName')) {
    missing.push('Customer reference or Customer name');
  }
  return missing;
}
