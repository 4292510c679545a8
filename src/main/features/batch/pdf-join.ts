import { createHash } from 'node:crypto';
import { DulyError } from '../../../shared/errors';
import { PdfFile, type PdfObject, type Span } from '../delivery/pdf-objects';
import { PdfWriter, textString } from '../delivery/pdf-writer';

// A batch is drawn in pieces, one per thread, and printed as ONE file: this puts the pieces' pages
// one after the other behind a new catalog, page tree, outline, xref table and trailer. Like the
// splitter beside the delivery code, it copies every object the pages use (content, resources, the
// fonts each piece subset for itself) byte for byte with its references renumbered, and decodes or
// compresses nothing, so joining a thousand pages takes milliseconds. The outline (a bookmark per
// customer) is written afresh from the caller's list, since each piece's own points into that piece.

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

/** Catalog entries of the first piece that still hold for the whole; outlines and names do not. */
const CATALOG_KEEPS = ['ViewerPreferences', 'Lang', 'PageLayout', 'Metadata'];

/** The pieces' pages in order, as one PDF. */
export function joinPdfs(pieces: readonly Uint8Array[], options: JoinOptions = {}): Uint8Array {
  if (pieces.length === 0) throw new DulyError('internal', 'There is nothing to join.');
  const sources = pieces.map((bytes) => new Piece(new PdfFile(bytes)));
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
    const order = source.closure(roots);
    const numbers = new Map<number, number>([[source.pagesNum, 2]]);
    for (const num of order) numbers.set(num, next++);
    return { source, order, numbers };
  });
  const pageRefs = copies.flatMap(({ source, numbers }) => source.pages.map((p) => numbers.get(p)!));

  const out = new Writer();
  out.raw(`${first.header}\n%\u00e2\u00e3\u00cf\u00d3\n`);
  out.begin(1);
  out.raw('<<\n/Type /Catalog\n/Pages 2 0 R\n');
  for (const e of catalog) out.raw(`/${e.key} ${first.renumbered(e.owner, e.span, copies[0]!.numbers)}\n`);
  if (outlineRoot) out.raw(`/Outlines ${outlineRoot} 0 R\n/PageMode /UseOutlines\n`);
  out.raw('>>\n');
  out.end();
  out.begin(2);
  out.raw(
    `<<\n/Type /Pages\n/Count ${pageCount}\n/Kids [${pageRefs.map((n) => `${n} 0 R`).join(' ')}]\n>>\n`,
  );
  out.end();
  out.begin(3);
  out.raw('<<\n');
  for (const e of info) out.raw(`/${e.key} ${first.renumbered(e.owner, e.span, copies[0]!.numbers)}\n`);
  if (options.title !== undefined) out.raw(`/Title ${textString(options.title)}\n`);
  out.raw('>>\n');
  out.end();
  if (outlineRoot) writeOutline(out, bookmarks, pageRefs);
  for (const { source, order, numbers } of copies) {
    for (const num of order) out.copy(source, source.file.object(num), numbers);
  }
  const id = createHash('md5');
  for (const s of sources) id.update(s.id);
  const hex = id.digest('hex');
  return out.finish(`/Root 1 0 R\n/Info 3 0 R\n/ID [<${hex}> <${hex}>]`);
}

/** The outline's root (object 4) and one item per bookmark (5, 6, …), each opening its page whole. */
function writeOutline(out: Writer, bookmarks: readonly Bookmark[], pageRefs: number[]): void {
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

/** An entry of the catalog or the information dictionary, and the object it sits in. */
interface Entry {
  key: string;
  span: Span;
  owner: number;
}

/** One piece: its pages (pdfkit writes one flat page tree), catalog and information. */
class Piece {
  readonly file: PdfFile;
  readonly pages: number[];
  readonly pagesNum: number;
  readonly header: string;
  readonly id: string;
  private readonly rootNum: number;
  private readonly catalog: Map<string, Span>;
  private readonly info: { num: number; entries: Map<string, Span> } | undefined;

  constructor(file: PdfFile) {
    this.file = file;
    const root = file.trailer.get('Root')?.value;
    if (root?.t !== 'ref') throw unjoinable('it has no catalog');
    this.rootNum = root.num;
    const catalog = file.object(root.num).body.value;
    if (catalog.t !== 'dict') throw unjoinable('its catalog is not a dictionary');
    this.catalog = catalog.entries;
    const pagesRef = catalog.entries.get('Pages')?.value;
    if (pagesRef?.t !== 'ref') throw unjoinable('it has no page tree');
    this.pagesNum = pagesRef.num;
    const tree = file.object(pagesRef.num).body.value;
    const kids = tree.t === 'dict' ? file.get(tree.entries, 'Kids') : undefined;
    if (kids?.t !== 'array') throw unjoinable('its page tree has no /Kids');
    this.pages = kids.items.map((kid) => {
      const page = kid.value.t === 'ref' ? file.object(kid.value.num).body.value : undefined;
      const type = page?.t === 'dict' ? page.entries.get('Type')?.value : undefined;
      if (kid.value.t !== 'ref' || type?.t !== 'name' || type.name !== 'Page') {
        throw unjoinable('its page tree is nested');
      }
      return kid.value.num;
    });
    const infoRef = file.trailer.get('Info')?.value;
    const info = infoRef?.t === 'ref' ? file.object(infoRef.num).body.value : undefined;
    this.info =
      infoRef?.t === 'ref' && info?.t === 'dict' ? { num: infoRef.num, entries: info.entries } : undefined;
    this.header = /^%PDF-\d\.\d/.exec(file.text)?.[0] ?? '%PDF-1.7';
    const id = file.trailer.get('ID');
    this.id = id ? file.text.slice(id.start, id.end) : '';
  }

  entries(which: 'catalog' | 'info', keep: (key: string) => boolean): Entry[] {
    const source = which === 'catalog' ? { num: this.rootNum, entries: this.catalog } : this.info;
    if (!source) return [];
    return [...source.entries]
      .filter(([key]) => keep(key))
      .map(([key, span]) => ({ key, span, owner: source.num }));
  }

  /** The object numbers referred to inside an entry. */
  refsIn(entry: Entry): number[] {
    const { span } = entry;
    return this.file
      .object(entry.owner)
      .refs.filter((r) => r.start >= span.start && r.end <= span.end)
      .map((r) => r.num);
  }

  /** Every object reachable from `roots`, breadth first, except the page tree (replaced) and the catalog. */
  closure(roots: number[]): number[] {
    const seen = new Set<number>();
    const order: number[] = [];
    for (let i = 0; i < roots.length; i++) {
      const num = roots[i]!;
      if (seen.has(num) || num === this.pagesNum) continue;
      if (num === this.rootNum) throw unjoinable('a page refers to the catalog');
      seen.add(num);
      order.push(num);
      for (const ref of this.file.object(num).refs) roots.push(ref.num);
    }
    return order;
  }

  /** The source text of a span of object `owner` with each reference renumbered. */
  renumbered(owner: number | PdfObject, span: { start: number; end: number }, numbers: Map<number, number>) {
    const object = typeof owner === 'number' ? this.file.object(owner) : owner;
    const { text } = this.file;
    let out = '';
    let at = span.start;
    for (const ref of object.refs) {
      if (ref.start < span.start || ref.end > span.end) continue;
      const num = numbers.get(ref.num);
      if (num === undefined) throw unjoinable(`object ${ref.num} was not copied`);
      out += `${text.slice(at, ref.start)}${num} 0 R`;
      at = ref.end;
    }
    return out + text.slice(at, span.end);
  }
}

/** Copies a piece's objects into the joined file, renumbered. */
class Writer extends PdfWriter {
  copy(piece: Piece, object: PdfObject, numbers: Map<number, number>): void {
    this.begin(numbers.get(object.num)!);
    this.raw(`${piece.renumbered(object, object.body, numbers)}\n`);
    if (object.stream) this.stream(piece.file.bytes.subarray(object.stream.start, object.stream.end));
    this.end();
  }
}

function unjoinable(why: string): DulyError {
  return new DulyError('internal', `The PDFs cannot be joined: ${why}.`);
}
