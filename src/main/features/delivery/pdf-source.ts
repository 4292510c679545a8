import type { DulyError } from '../../../shared/errors';
import { PdfFile, type PdfObject, type Span } from './pdf-objects';
import { PdfWriter, textString } from './pdf-writer';

// What splitting a PDF into parts (./pdf-split.ts) and joining pieces into one (batch/pdf-join.ts)
// both do: read a file pdfkit wrote (its catalog, its pages in one flat page tree, its information,
// every object a set of pages needs) and write a new file of copies. Objects 1, 2 and 3 of the new
// file are its catalog, page tree and information; the copies follow byte for byte, each reference
// in them renumbered. No stream is decoded or compressed again.

/** Catalog entries that still hold for the pages in another file; outlines, names and forms do not. */
export const CATALOG_KEEPS = ['ViewerPreferences', 'Lang', 'PageLayout', 'Metadata'];

/** An entry of the catalog or the information dictionary, and the object it sits in. */
export interface Entry {
  key: string;
  span: Span;
  owner: number;
}

/** Says why a file cannot be used, in the words of what was being done ("cannot be split"). */
export type Refusal = (why: string) => DulyError;

export class PdfSource {
  readonly file: PdfFile;
  /** The page objects in order. */
  readonly pages: number[];
  /** The page tree's object, which a new file replaces with its own. */
  readonly pagesNum: number;
  /** "%PDF-1.7". */
  readonly header: string;
  /** The trailer's /ID as written, for the new file's own. */
  readonly id: string;
  private readonly rootNum: number;
  private readonly catalog: Map<string, Span>;
  private readonly info: { num: number; entries: Map<string, Span> } | undefined;
  private readonly pageSet: Set<number>;
  private readonly refuse: Refusal;

  constructor(bytes: Uint8Array, refuse: Refusal) {
    const file = new PdfFile(bytes);
    this.file = file;
    this.refuse = refuse;
    const root = file.trailer.get('Root')?.value;
    if (root?.t !== 'ref') throw refuse('it has no catalog');
    this.rootNum = root.num;
    const catalog = file.object(root.num).body.value;
    if (catalog.t !== 'dict') throw refuse('its catalog is not a dictionary');
    this.catalog = catalog.entries;
    const pagesRef = catalog.entries.get('Pages')?.value;
    if (pagesRef?.t !== 'ref') throw refuse('it has no page tree');
    this.pagesNum = pagesRef.num;
    this.pages = this.leaves(pagesRef.num);
    this.pageSet = new Set(this.pages);
    const infoRef = file.trailer.get('Info')?.value;
    const info = infoRef?.t === 'ref' ? file.object(infoRef.num).body.value : undefined;
    this.info =
      infoRef?.t === 'ref' && info?.t === 'dict' ? { num: infoRef.num, entries: info.entries } : undefined;
    this.header = /^%PDF-\d\.\d/.exec(file.text)?.[0] ?? '%PDF-1.7';
    const id = file.trailer.get('ID');
    this.id = id ? file.text.slice(id.start, id.end) : '';
  }

  /** pdfkit writes one flat /Kids list and puts every attribute on the page itself. */
  private leaves(pagesNum: number): number[] {
    const tree = this.file.object(pagesNum).body.value;
    if (tree.t !== 'dict') throw this.refuse('its page tree is not a dictionary');
    for (const key of tree.entries.keys()) {
      if (!['Type', 'Kids', 'Count'].includes(key)) throw this.refuse(`its page tree has /${key}`);
    }
    const kids = this.file.get(tree.entries, 'Kids');
    if (kids?.t !== 'array') throw this.refuse('its page tree has no /Kids');
    return kids.items.map((kid) => {
      const page = kid.value.t === 'ref' ? this.file.object(kid.value.num).body.value : undefined;
      const type = page?.t === 'dict' ? page.entries.get('Type')?.value : undefined;
      if (kid.value.t !== 'ref' || type?.t !== 'name' || type.name !== 'Page') {
        throw this.refuse('its page tree is nested');
      }
      return kid.value.num;
    });
  }

  /** The entries of the catalog or the information dictionary that `keep` keeps. */
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

  /**
   * Every object reachable from `roots`, breadth first, but the page tree (replaced) and the catalog;
   * a reference to a page that is not one of `pages` is refused (it belongs to another part).
   */
  closure(roots: readonly number[], pages: readonly number[]): number[] {
    const own = new Set(pages);
    const queue = [...roots];
    const seen = new Set<number>();
    const order: number[] = [];
    for (let i = 0; i < queue.length; i++) {
      const num = queue[i]!;
      if (seen.has(num) || num === this.pagesNum) continue;
      if (num === this.rootNum) throw this.refuse('a page refers to the catalog');
      if (this.pageSet.has(num) && !own.has(num)) throw this.refuse('a page refers to another part');
      seen.add(num);
      order.push(num);
      for (const ref of this.file.object(num).refs) queue.push(ref.num);
    }
    return order;
  }

  /** The source text of [start, end) of an object, each reference in it pointing at its copy's number. */
  renumbered(object: PdfObject, span: { start: number; end: number }, numbers: Map<number, number>): string {
    const { text } = this.file;
    let out = '';
    let at = span.start;
    for (const ref of object.refs) {
      if (ref.start < span.start || ref.end > span.end) continue;
      const num = numbers.get(ref.num);
      if (num === undefined) throw this.refuse(`object ${ref.num} was not copied`);
      out += `${text.slice(at, ref.start)}${num} 0 R`;
      at = ref.end;
    }
    return out + text.slice(at, span.end);
  }
}

/** The new file's head: objects 1, 2 and 3. */
export interface Frame {
  /** Copied into the catalog from `source`, renumbered by `numbers`. */
  catalog: readonly Entry[];
  /** Written into the catalog as they are ("/Outlines 4 0 R"). */
  catalogExtra?: string;
  /** The new numbers of the pages, in order. */
  kids: readonly number[];
  info: readonly Entry[];
  /** A title of its own, in place of the source's. */
  title?: string | undefined;
}

/** Writes a file of copies: its frame, then each object copied from its source. */
export class CopyWriter extends PdfWriter {
  frame(source: PdfSource, numbers: Map<number, number>, frame: Frame): void {
    const entry = (e: Entry) =>
      `/${e.key} ${source.renumbered(source.file.object(e.owner), e.span, numbers)}\n`;
    this.raw(`${source.header}\n%\u00e2\u00e3\u00cf\u00d3\n`);
    this.begin(1);
    this.raw(`<<\n/Type /Catalog\n/Pages 2 0 R\n${frame.catalog.map(entry).join('')}`);
    this.raw(`${frame.catalogExtra ?? ''}>>\n`);
    this.end();
    this.begin(2);
    const kids = frame.kids.map((n) => `${n} 0 R`).join(' ');
    this.raw(`<<\n/Type /Pages\n/Count ${frame.kids.length}\n/Kids [${kids}]\n>>\n`);
    this.end();
    this.begin(3);
    this.raw(`<<\n${frame.info.map(entry).join('')}`);
    if (frame.title !== undefined) this.raw(`/Title ${textString(frame.title)}\n`);
    this.raw('>>\n');
    this.end();
  }

  copy(source: PdfSource, num: number, numbers: Map<number, number>): void {
    const object = source.file.object(num);
    this.begin(numbers.get(num)!);
    this.raw(`${source.renumbered(object, object.body, numbers)}\n`);
    if (object.stream) this.stream(source.file.bytes.subarray(object.stream.start, object.stream.end));
    this.end();
  }
}
