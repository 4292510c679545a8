// Customers named only by name (Xero, QuickBooks, Wave exports) are matched on a key that ignores
// case, accents, punctuation and "&" versus "and", so "Café Müller" and "CAFE MULLER" are one
// customer, and get a stable reference made from the same key.

const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøæœßđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** "Café Müller & Co." → "CAFE-MULLER-AND-CO"; unique against `taken` (upper-case refs). */
export function refFromName(name: string, taken: (ref: string) => boolean): string {
  const base = nameKey(name).toUpperCase().replace(/ /g, '-').slice(0, 32).replace(/-+$/, '') || 'CUSTOMER';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
