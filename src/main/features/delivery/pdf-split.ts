import { createHash } from 'node:crypto';
import { DulyError } from '../../../shared/errors';
import { PdfFile, type PdfObject, type Span } from './pdf-objects';
import { PdfWriter, textString } from './pdf-writer';

// A batch draws ONE combined PDF (every customer's part on pages of its own) and still needs one file
// per customer, to attach or keep. Drawing each again would embed and subset the fonts a thousand
// times (~50 ms each); instead each part is copied out of the combined file: its pages and what they
// use (content, resources, the already-subset fonts) byte for byte, the references renumbered, behind
// a new catalog, page tree, xref table and trailer. No stream is decoded or compressed again, so a
// thousand parts take a fraction of a second. Each font carries the glyphs of the whole batch, which
// costs a few kilobytes and shows no other customer's text.

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

/** Catalog entries that still make sense for some of the pages; outlines, names, forms do not. */
const CATALOG_KEEPS = ['ViewerPreferences', 'Lang', 'PageLayout', 'Metadata'];

/** One file per range, under its key. */
export function splitPdf<K>(bytes: Uint8Array, ranges: readonly PartRange<K>[]): Map<K, Uint8Array> {
  const source = new Source(new PdfFile(bytes));
  const parts = new Map<K, Uint8Array>();
  ranges.forEach((range, index) => {
    if (parts.has(range.key)) throw new DulyError('internal', `Two parts have the key ${String(range.key)}.`);
    parts.set(range.key, source.part(range, index));
  });
  return parts;
}

class Source {
  private readonly file: PdfFile;
  private readonly pagesNum: number;
  private readonly rootNum: number;
  private readonly pages: number[];
  private readonly pageSet: Set<number>;
  private readonly catalog: Map<string, Span>;
  private readonly info: { num: number; entries: Map<string, Span> } | undefined;
  private readonly header: string;
  private readonly id: string;

  constructor(file: PdfFile) {
    this.file = file;
    const root = file.trailer.get('Root')?.value;
    if (root?.t !== 'ref') throw unsplittable('it has no catalog');
    this.rootNum = root.num;
    const catalog = file.object(root.num).body.value;
    if (catalog.t !== 'dict') throw unsplittable('its catalog is not a dictionary');
    this.catalog = catalog.entries;
    const pagesRef = catalog.entries.get('Pages')?.value;
    if (pagesRef?.t !== 'ref') throw unsplittable('it has no page tree');
    this.pagesNum = pagesRef.num;
    this.pages = this.leaves(pagesRef.num);
    this.pageSet = new Set(this.pages);
    const infoRef = file.trailer.get('Info')?.value;
    const info = infoRef?.t === 'ref' ? file.object(infoRef.num).body.value : undefined;
    this.info =
      infoRef?.t === 'ref' && info?.t === 'dict' ? { num: infoRef.num, entries: info.entries } : undefined;
    this.header = /^%PDF-\d\.\d/.exec(file.text)?.[0] ?? '%PDF-1.7';
    this.id = file.text.slice(file.trailer.get('ID')?.start ?? 0, file.trailer.get('ID')?.end ?? 0);
  }

  /** The page objects in order. pdfkit writes one flat /Kids list and puts every attribute on the page. */
  private leaves(pagesNum: number): number[] {
    const tree = this.file.object(pagesNum).body.value;
    if (tree.t !== 'dict') throw unsplittable('its page tree is not a dictionary');
    for (const key of tree.entries.keys()) {
      if (!['Type', 'Kids', 'Count'].includes(key)) throw unsplittable(`its page tree has /${key}`);
    }
    const kids = this.file.get(tree.entries, 'Kids');
    if (kids?.t !== 'array') throw unsplittable('its page tree has no /Kids');
    return kids.items.map((kid) => {
      const page = kid.value.t === 'ref' ? this.file.object(kid.value.num).body.value : undefined;
      const type = page?.t === 'dict' ? page.entries.get('Type')?.value : undefined;
      if (kid.value.t !== 'ref' || type?.t !== 'name' || type.name !== 'Page') {
        throw unsplittable('its page tree is nested');
      }
      return kid.value.num;
    });
  }

  part<K>(range: PartRange<K>, index: number): Uint8Array {
    const pages = this.pagesOf(range);
    // The catalog's XMP metadata repeats the combined file's title, so a part with its own goes without.
    const keep = CATALOG_KEEPS.filter((key) => !(key === 'Metadata' && range.title !== undefined));
    const catalog = entries(this.rootNum, this.catalog, (key) => keep.includes(key));
    const info = this.info
      ? entries(this.info.num, this.info.entries, (key) => !(key === 'Title' && range.title !== undefined))
      : [];
    // Numbers 1, 2 and 3 are the new catalog, page tree and information; the copies follow.
    const order = this.closure([...pages, ...[...catalog, ...info].flatMap((e) => this.refsIn(e))], pages);
    const numbers = new Map<number, number>([
      [this.pagesNum, 2],
      ...order.map((num, i) => [num, i + 4] as const),
    ]);
    const writer = new Writer(this.file, numbers);

    writer.raw(`${this.header}\n%\u00e2\u00e3\u00cf\u00d3\n`);
    writer.begin(1);
    writer.raw('<<\n/Type /Catalog\n/Pages 2 0 R\n');
    for (const e of catalog) writer.entry(e);
    writer.raw('>>\n');
    writer.end();
    writer.begin(2);
    const kids = pages.map((page) => `${numbers.get(page)} 0 R`).join(' ');
    writer.raw(`<<\n/Type /Pages\n/Count ${pages.length}\n/Kids [${kids}]\n>>\n`);
    writer.end();
    writer.begin(3);
    writer.raw('<<\n');
    for (const e of info) writer.entry(e);
    if (range.title !== undefined) writer.raw(`/Title ${textString(range.title)}\n`);
    writer.raw('>>\n');
    writer.end();
    for (const num of order) writer.copy(this.file.object(num));

    const id = createHash('md5').update(this.id).update(String(index)).digest('hex');
    return writer.finish(`/Root 1 0 R\n/Info 3 0 R\n/ID [<${id}> <${id}>]`);
  }

  /** The page objects of a range, which must lie within the file. */
  private pagesOf<K>(range: PartRange<K>): number[] {
    const { firstPage, pageCount } = range;
    if (!Number.isInteger(firstPage) || !Number.isInteger(pageCount) || firstPage < 1 || pageCount < 1) {
      throw new DulyError('internal', `Part ${String(range.key)} has no pages (${firstPage}, ${pageCount}).`);
    }
    const last = firstPage + pageCount - 1;
    if (last > this.pages.length) {
      throw new DulyError(
        'internal',
        `Part ${String(range.key)} ends on page ${last} of ${this.pages.length}.`,
      );
    }
    return this.pages.slice(firstPage - 1, last);
  }

  /** The object numbers referred to inside an entry of the catalog or the information. */
  private refsIn(entry: Entry): number[] {
    const { span } = entry;
    return this.file
      .object(entry.owner)
      .refs.filter((r) => r.start >= span.start && r.end <= span.end)
      .map((r) => r.num);
  }

  /** Every object the pages need, breadth first; a reference to another page or the catalog is refused. */
  private closure(roots: number[], pages: number[]): number[] {
    const own = new Set(pages);
    const seen = new Set<number>();
    const order: number[] = [];
    for (let i = 0; i < roots.length; i++) {
      const num = roots[i] as number;
      if (seen.has(num) || num === this.pagesNum) continue;
      if (num === this.rootNum) throw unsplittable('a page refers to the catalog');
      if (this.pageSet.has(num) && !own.has(num)) throw unsplittable('a page refers to another part');
      seen.add(num);
      order.push(num);
      for (const ref of this.file.object(num).refs) roots.push(ref.num);
    }
    return order;
  }
}

/** An entry of a dictionary that is copied, and the object it sits in. */
interface Entry {
  key: string;
  span: Span;
  owner: number;
}

function entries(owner: number, dict: Map<string, Span>, keep: (key: string) => boolean): Entry[] {
  return [...dict].filter(([key]) => keep(key)).map(([key, span]) => ({ key, span, owner }));
}

/** Copies the source's objects into one part, renumbered. */
class Writer extends PdfWriter {
  private readonly file: PdfFile;
  private readonly numbers: Map<number, number>;

  constructor(file: PdfFile, numbers: Map<number, number>) {
    super();
    this.file = file;
    this.numbers = numbers;
  }

  /** "/Key value" with the value's references renumbered. */
  entry({ key, span, owner }: Entry): void {
    this.raw(`/${key} ${this.renumbered(this.file.object(owner), span.start, span.end)}\n`);
  }

  copy(object: PdfObject): void {
    this.begin(this.numbers.get(object.num) as number);
    this.raw(`${this.renumbered(object, object.body.start, object.body.end)}\n`);
    if (object.stream) this.stream(this.file.bytes.subarray(object.stream.start, object.stream.end));
    this.end();
  }

  /** The source text of [start, end) with each reference in it pointing at the copy's number. */
  private renumbered(object: PdfObject, start: number, end: number): string {
    const { text } = this.file;
    let out = '';
    let at = start;
    for (const ref of object.refs) {
      if (ref.start < start || ref.end > end) continue;
      const num = this.numbers.get(ref.num);
      if (num === undefined) throw unsplittable(`object ${ref.num} was not copied`);
      out += `${text.slice(at, ref.start)}${num} 0 R`;
      at = ref.end;
    }
    return out + text.slice(at, end);
  }
}

function unsplittable(why: string): DulyError {
  return new DulyError('internal', `The PDF cannot be split: ${why}.`);
}
