import { createHash } from 'node:crypto';
import { DulyError } from '../../../shared/errors';
import { CATALOG_KEEPS, CopyWriter, PdfSource } from './pdf-source';

// A batch draws ONE combined PDF (every customer's part on pages of its own) and still needs one file
// per customer, to attach or keep. Drawing each again would embed and subset the fonts a thousand
// times (~50 ms each); instead each part is copied out of the combined file: its pages and what they
// use (content, resources, the already-subset fonts) byte for byte, the references renumbered, behind
// a new catalog, page tree, xref table and trailer (./pdf-source.ts). No stream is decoded or
// compressed again, so a thousand parts take a fraction of a second. Each font carries the glyphs of
// the whole batch, which costs a few kilobytes and shows no other customer's text.

export interface PartRange<K> {
  key: K;
  /** The part's first page in the combined file, counting from 1 as a viewer does. */
  firstPage: number;
  pageCount: number;
  /**
   * The part's own title (a viewer shows it in its title bar): without one the part keeps the
   * combined file's, which names the batch rather than the customer.
   */
  title?: string;
}

/** One file per range, under its key. */
export function splitPdf<K>(bytes: Uint8Array, ranges: readonly PartRange<K>[]): Map<K, Uint8Array> {
  const source = new PdfSource(bytes, unsplittable);
  const parts = new Map<K, Uint8Array>();
  ranges.forEach((range, index) => {
    if (parts.has(range.key)) throw new DulyError('internal', `Two parts have the key ${String(range.key)}.`);
    parts.set(range.key, part(source, range, index));
  });
  return parts;
}

function part<K>(source: PdfSource, range: PartRange<K>, index: number): Uint8Array {
  const pages = pagesOf(source, range);
  const { title } = range;
  // The catalog's XMP metadata repeats the combined file's title, so a part with its own goes without.
  const keep = CATALOG_KEEPS.filter((key) => !(key === 'Metadata' && title !== undefined));
  const catalog = source.entries('catalog', (key) => keep.includes(key));
  const info = source.entries('info', (key) => !(key === 'Title' && title !== undefined));
  // Numbers 1, 2 and 3 are the new catalog, page tree and information; the copies follow.
  const order = source.closure([...pages, ...[...catalog, ...info].flatMap((e) => source.refsIn(e))], pages);
  const numbers = new Map<number, number>([
    [source.pagesNum, 2],
    ...order.map((num, i) => [num, i + 4] as const),
  ]);
  const writer = new CopyWriter();
  const kids = pages.map((page) => numbers.get(page)!);
  writer.frame(source, numbers, { catalog, kids, info, title });
  for (const num of order) writer.copy(source, num, numbers);
  const id = createHash('md5').update(source.id).update(String(index)).digest('hex');
  return writer.finish(`/Root 1 0 R\n/Info 3 0 R\n/ID [<${id}> <${id}>]`);
}

/** The page objects of a range, which must lie within the file. */
function pagesOf<K>(source: PdfSource, range: PartRange<K>): number[] {
  const { firstPage, pageCount } = range;
  if (!Number.isInteger(firstPage) || !Number.isInteger(pageCount) || firstPage < 1 || pageCount < 1) {
    throw new DulyError('internal', `Part ${String(range.key)} has no pages (${firstPage}, ${pageCount}).`);
  }
  const last = firstPage + pageCount - 1;
  if (last > source.pages.length) {
    throw new DulyError(
      'internal',
      `Part ${String(range.key)} ends on page ${last} of ${source.pages.length}.`,
    );
  }
  return source.pages.slice(firstPage - 1, last);
}

function unsplittable(why: string): DulyError {
  return new DulyError('internal', `The PDF cannot be split: ${why}.`);
}
