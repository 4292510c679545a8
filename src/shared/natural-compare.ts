// "INV-9" before "INV-10", as people read references. Deterministic (fixed locale) and total:
// strings that collate equal fall back to code-unit order, so sorting never depends on input order.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  const c = collator.compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : 1;
}
