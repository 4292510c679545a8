import { type ColumnMapping, IMPORT_FIELDS } from '../../../../shared/contract/imports';
import {
  spreadsheetCreditNotes,
  spreadsheetCustomers,
  spreadsheetInvoices,
  spreadsheetPayments,
} from '../profiles/spreadsheet';
import type { Profile } from '../profiles/types';
import type { Grid } from './grid';
import { dedupeHeaders, normaliseHeader } from './header';
import type { Recognition } from './recognise';

// The owner's own column mapping (the import wizard): which row holds the column names and which
// column is which field. It replaces recognition, and reads rows with the spreadsheet profiles.

const BY_KIND: Record<ColumnMapping['kind'], Profile> = {
  customers: spreadsheetCustomers,
  invoices: spreadsheetInvoices,
  payments: spreadsheetPayments,
  credit_notes: spreadsheetCreditNotes,
};

export function recogniseWithMapping(grid: Grid, mapping: ColumnMapping): Recognition | { problem: string } {
  const headerIndex = (mapping.headerRow ?? 1) - 1;
  const cells = grid.rows[headerIndex];
  if (!cells) return { problem: `The file has no row ${headerIndex + 1} to take the column names from.` };
  const header = dedupeHeaders(cells);
  const normalised = header.map(normaliseHeader);
  const columns = new Map<string, number>();
  const fields = IMPORT_FIELDS[mapping.kind];
  for (const [key, name] of Object.entries(mapping.columns)) {
    if (!name) continue;
    if (!fields.some((f) => f.key === key))
      return { problem: `"${key}" is not something a ${mapping.kind.replace('_', ' ')} file can hold.` };
    const index = normalised.indexOf(normaliseHeader(name));
    if (index < 0) return { problem: `Row ${headerIndex + 1} has no column called "${name}".` };
    columns.set(key, index);
  }
  const missing = fields.filter((f) => f.required && !columns.has(f.key)).map((f) => f.label);
  if (mapping.kind !== 'customers' && !columns.has('customerRef') && !columns.has('customerName')) {
    missing.push('Customer reference or Customer name');
  }
  if (missing.length > 0) return { problem: `Choose a column for: ${missing.join(', ')}.` };
  return { profile: BY_KIND[mapping.kind], headerIndex, header, columns, score: 0 };
}
