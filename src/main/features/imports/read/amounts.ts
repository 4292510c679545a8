import type { DecimalSeparator } from '../../../../shared/money';

// Whether "1.234" is one thousand or one point two: decided once per file from the cells that
// settle it ("1.234,56", "12,50"), so a file is read one way throughout. Files separated by
// semicolons come from decimal-comma locales and lean that way when nothing else settles it.

export function detectDecimal(cells: Iterable<string>, semicolonFile: boolean): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    // A thousand votes one way and none the other settle it; no need to read a million cells.
    if ((comma === 0 && dot >= 1000) || (dot === 0 && comma >= 1000)) break;
    if (!raw.includes('.') && !raw.includes(',')) continue;
    const s = raw.replace(/[^\d.,]/g, '');
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) continue;
    const occurrences = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    // One separator with other than three digits after it can only be a decimal point.
    if (occurrences === 1 && after !== 3) {
      if (sep === ',') comma++;
      else dot++;
    } else if (occurrences > 1) {
      // "1,234,567" groups thousands, so the other character is the decimal.
      if (sep === ',') dot++;
      else comma++;
    }
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return semicolonFile ? ',' : '.';
}
