import { createHash } from 'node:crypto';
import { DulyError } from '../../../shared/errors';
import { CATALOG_KEEPS, CopyWriter, PdfSource } from '../delivery/pdf-source';
import { textString } from '../delivery/pdf-writer';

// A batch is drawn in pieces, one per thread, and printed as ONE file: this puts the pieces' pages
// one after the other behind a new catalog, page tree, outline, xref table and trailer. Like the
// splitter beside the delivery code (both on delivery/pdf-source.ts), it copies every object the pages
// use (content, resources, the fonts each piece subset for itself) byte for byte with its references
// renumbered, and decodes or compresses nothing, so joining a thousand pages takes milliseconds. The
// outline (a bookmark per customer) is written afresh from the caller's list, since each piece's own
// points into that piece.

export interface Bookmark {
  title: string;
  /** The page it opens, counting from 1 in the joined file. */
  page: number;
}

export interface JoinOptions {
  bookmarks?: readonly Bookmark[];
  /** The joined file's title (default: the first piece's). */
  title?: string;
}

/** The pieces' pages in order, as one PDF. */
export function joinPdfs(pieces: readonly Uint8Array[], options: JoinOptions = {}): Uint8Array {
  if (pieces.length === 0) throw new DulyError('internal', 'There is nothing to join.');
  const sources = pieces.map((bytes) => new PdfSource(bytes, unjoinable));
  const first = sources[0]!;
  const pageCount = sources.reduce((n, s) => n + s.pages.length, 0);
  const bookmarks = options.bookmarks ?? [];
  for (const b of bookmarks) {
    if (!Number.isInteger(b.page) || b.page < 1 || b.page > pageCount) {
      throw new DulyError('internal', `A bookmark points at page ${b.page} of ${pageCount}.`);
    }
  }
  // 1: catalog, 2: page tree, 3: information, 4: the outline's root, then one per bookmark; the
  // copies follow, each piece's after the one before.
  const outlineRoot = bookmarks.length > 0 ? 4 : 0;
  let next = 4 + (bookmarks.length > 0 ? 1 + bookmarks.length : 0);
  const catalog = first.entries('catalog', (key) => CATALOG_KEEPS.includes(key));
  const info = first.entries('info', (key) => !(key === 'Title' && options.title !== undefined));
  const copies = sources.map((source, i) => {
    const roots = [
      ...source.pages,
      ...(i === 0 ? [...catalog, ...info].flatMap((e) => source.refsIn(e)) : []),
    ];
    const order = source.closure(roots, source.pages);
    const numbers = new Map<number, number>([[source.pagesNum, 2]]);
    for (const num of order) numbers.set(num, next++);
    return { source, order, numbers };
  });
  const kids = copies.flatMap(({ source, numbers }) => source.pages.map((p) => numbers.get(p)!));

  const out = new CopyWriter();
  out.frame(first, copies[0]!.numbers, {
    catalog,
    ...(outlineRoot ? { catalogExtra: `/Outlines ${outlineRoot} 0 R\n/PageMode /UseOutlines\n` } : {}),
    kids,
    info,
    title: options.title,
  });
  if (outlineRoot) writeOutline(out, bookmarks, kids);
  for (const { source, order, numbers } of copies) {
    for (const num of order) out.copy(source, num, numbers);
  }
  const id = createHash('md5');
  for (const s of sources) id.update(s.id);
  const hex = id.digest('hex');
  return out.finish(`/Root 1 0 R\n/Info 3 0 R\n/ID [<${hex}> <${hex}>]`);
}

/** The outline's root (object 4) and one item per bookmark (5, 6, …), each opening its page whole. */
function writeOutline(out: CopyWriter, bookmarks: readonly Bookmark[], pageRefs: readonly number[]): void {
  const item = (i: number) => 5 + i;
  out.begin(4);
  out.raw(
    `<<\n/Type /Outlines\n/First ${item(0)} 0 R\n/Last ${item(bookmarks.length - 1)} 0 R\n/Count ${bookmarks.length}\n>>\n`,
  );
  out.end();
  bookmarks.forEach((b, i) => {
    out.begin(item(i));
    out.raw(`<<\n/Title ${textString(b.title)}\n/Parent 4 0 R\n`);
    if (i > 0) out.raw(`/Prev ${item(i - 1)} 0 R\n`);
    if (i < bookmarks.length - 1) out.raw(`/Next ${item(i + 1)} 0 R\n`);
    out.raw(`/Dest [${pageRefs[b.page - 1]} 0 R /Fit]\n>>\n`);
    out.end();
  });
}

function unjoinable(why: string): DulyError {
  return new DulyError('internal', `The PDFs cannot be joined: ${why}.`);
}
