// How Duly reads column names: used by main to recognise a file, and by the import wizard to show
// the owner the same names main will map.

/** "*InvoiceNumber ", "Invoice  #" → "invoicenumber", "invoice #": lower case, no stars, no BOM. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\*/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Duplicate header names get a number, so both columns stay reachable: "Notes", "Notes (2)". */
export function dedupeHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (name === '') return '';
    const key = normaliseHeader(name);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
