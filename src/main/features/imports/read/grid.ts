import Papa from 'papaparse';

// A file as a grid of cells, one array per record. Record numbers are what a spreadsheet shows as
// row numbers (a quoted cell spanning several lines is still one row), so an error can say
// "row 14" and the owner finds it in Excel.

export type Delimiter = ',' | ';' | '\t' | '|';

export interface Grid {
  rows: string[][];
  delimiter: Delimiter;
  /** Malformed quoting and the like, by row number (1-based). */
  errors: { row: number; message: string }[];
}

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter that splits the most lines into the same, largest number of cells. Title rows
 * above the header ("Invoice List", a company name) have one cell whatever the delimiter, so
 * consistency is judged on the lines that split at all.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: 60, skipEmptyLines: true });
    const widths = parsed.data.map((r) => r.length).filter((w) => w > 1);
    if (widths.length === 0) continue;
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [mode, freq] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = freq * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

export const isBlankRow = (row: readonly string[]): boolean => row.every((c) => c.trim() === '');

export function readGrid(text: string, delimiter: Delimiter = detectDelimiter(text)): Grid {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  // Papa yields one empty record for the final line break; it is not a row anyone can see.
  while (rows.length > 0 && isBlankRow(rows.at(-1)!)) rows.pop();
  const errors = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: e.code === 'MissingQuotes' ? 'A quoted cell is never closed (a " is missing).' : e.message,
  }));
  return { rows, delimiter, errors };
}
