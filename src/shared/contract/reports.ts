import { z } from 'zod';
import { isoDateField } from './fields';
import { PAPERS } from './settings';

// Reports to keep or print: the aged receivables as a CSV file (for a spreadsheet or the
// accountant) or a PDF (summary, and per-customer detail when asked). The renderer saves the file
// it gets back: a download in browser mode, the save dialog of a download in the desktop app.

export const ageingExportInput = z.object({
  asOf: isoDateField.optional(),
  format: z.enum(['csv', 'pdf']),
  /** PDF: each customer's open invoices after the summary. */
  detail: z.boolean().default(false),
  /** PDF paper; default Letter for US and Canadian locales, A4 elsewhere. */
  paper: z.enum(PAPERS).optional(),
});
export type AgeingExportInput = z.input<typeof ageingExportInput>;

export interface ExportedFile {
  /** A name to save it under, e.g. "Aged receivables 2026-11-23.pdf". */
  fileName: string;
  mimeType: 'text/csv' | 'application/pdf';
  /** The file's bytes, base64. */
  base64: string;
  size: number;
}
