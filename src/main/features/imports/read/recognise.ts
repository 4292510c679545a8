import type { Cell, FileKind, Profile, RowView } from '../profiles/types';
import type { Grid } from './grid';
import { dedupeHeaders, normaliseHeader } from './header';

// Which tool wrote a file, and which row is its header: every profile is tried against each of
// the first rows, and the best fit wins. A profile fits only when every column it needs is there;
// columns and title lines that only one tool writes make the match certain.

const HEADER_SEARCH_ROWS = 40;

export interface Recognition {
  profile: Profile;
  /** Index of the header row in the grid. */
  headerIndex: number;
  header: string[];
  /** Profile column key → index of the column in the file. */
  columns: Map<string, number>;
  score: number;
}

function resolveColumns(profile: Profile, normalised: string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const [key, names] of Object.entries(profile.columns)) {
    for (const name of names) {
      const index = normalised.indexOf(name);
      if (index >= 0) {
        found.set(key, index);
        break;
      }
    }
  }
  return found;
}

export function scoreProfile(
  profile: Profile,
  normalised: string[],
  titles: string,
): { score: number; columns: Map<string, number> } {
  const columns = resolveColumns(profile, normalised);
  if (!profile.required.every((key) => columns.has(key))) return { score: 0, columns };
  if (columns.size < (profile.minimumColumns ?? 0)) return { score: 0, columns };
  let score = profile.required.length * 10 + (columns.size - profile.required.length) * 2;
  for (const name of profile.signature?.columns ?? []) if (normalised.includes(name)) score += 25;
  for (const pattern of profile.signature?.titles ?? []) if (pattern.test(titles)) score += 25;
  return { score, columns };
}

export function recognise(
  grid: Grid,
  profiles: readonly Profile[],
  kinds?: readonly FileKind[],
): Recognition | null {
  const candidates = kinds ? profiles.filter((p) => kinds.includes(p.kind)) : profiles;
  let best: Recognition | null = null;
  const titleLines: string[] = [];
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i]!;
    const header = dedupeHeaders(row);
    const normalised = header.map(normaliseHeader);
    const titles = titleLines.join('\n');
    for (const profile of candidates) {
      const { score, columns } = scoreProfile(profile, normalised, titles);
      if (score > 0 && (!best || score > best.score)) {
        best = { profile, headerIndex: i, header, columns, score };
      }
    }
    titleLines.push(row.filter((c) => c.trim() !== '').join(' '));
  }
  return best;
}

/** Rows below the header as views a profile reads by column key. */
export function rowViews(grid: Grid, rec: Recognition): RowView[] {
  const views: RowView[] = [];
  let section: string | undefined;
  for (let i = rec.headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i]!;
    // Counted, not filtered into a new array: this runs on every row of a big file.
    let filled = 0;
    let firstIndex = -1;
    for (let c = 0; c < cells.length && filled < 2; c++) {
      if (cells[c]!.trim() === '') continue;
      if (filled++ === 0) firstIndex = c;
    }
    if (filled === 0) continue;
    // A lone cell in the first columns is a heading ("Café Müller", "Current"); "Total for …"
    // closes it.
    if (filled === 1 && firstIndex <= 1) {
      const only = cells[firstIndex]!.trim();
      section = /^total\b/i.test(only) ? undefined : only;
    }
    views.push(makeView(i + 1, cells, rec, section));
  }
  return views;
}

/** One row, read by column key: a class, not closures, because an import builds hundreds of thousands. */
class Row implements RowView {
  constructor(
    readonly n: number,
    readonly cells: readonly string[],
    private readonly rec: Recognition,
    readonly section: string | undefined,
  ) {}

  cell(key: string): Cell | undefined {
    const index = this.rec.columns.get(key);
    if (index === undefined) return undefined;
    const text = (this.cells[index] ?? '').trim();
    return text === '' ? undefined : { text, column: this.rec.header[index] || key };
  }

  must(key: string): Cell {
    const index = this.rec.columns.get(key);
    return (
      this.cell(key) ?? {
        text: '',
        column: (index === undefined ? undefined : this.rec.header[index]) || key,
      }
    );
  }

  text(key: string): string {
    const index = this.rec.columns.get(key);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }
}

function makeView(n: number, cells: string[], rec: Recognition, section: string | undefined): RowView {
  return new Row(n, cells, rec, section);
}

/** Text of the rows around the data: titles above the header, and the footer lines below. */
export function surroundingLines(grid: Grid, rec: Recognition): string[] {
  const lines: string[] = [];
  for (let i = 0; i < rec.headerIndex; i++)
    lines.push(grid.rows[i]!.filter((c) => c.trim() !== '').join(' '));
  for (let i = Math.max(rec.headerIndex + 1, grid.rows.length - 6); i < grid.rows.length; i++) {
    const filled = grid.rows[i]!.filter((c) => c.trim() !== '');
    if (filled.length === 1) lines.push(filled[0]!);
  }
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}
