import { DulyError } from '../../../shared/errors';

// Just enough of a PDF reader to copy objects out of a file pdfkit wrote: the classic xref table
// (pdfkit writes no object streams or xref streams), each object's dictionary read once, and where
// its references and stream data sit, so a writer can copy the bytes and renumber the references
// without ever decoding a stream. Anything else (encryption, incremental updates, compressed object
// lists) is refused loudly: this reads Duly's own files, and a surprise should fail a test, not
// produce a broken letter.

/** A parsed value. Strings and numbers keep their source text; only what the splitter reads is typed. */
export type PdfValue =
  | { t: 'dict'; entries: Map<string, Span> }
  | { t: 'array'; items: Span[] }
  | { t: 'ref'; num: number }
  | { t: 'name'; name: string }
  | { t: 'number'; value: number }
  | { t: 'other' };

/** A value with where it sits in the file, so it can be copied as written. */
export interface Span {
  value: PdfValue;
  start: number;
  end: number;
}

/** A reference inside an object's text: the bytes [start, end) read "num gen R". */
interface RefAt {
  start: number;
  end: number;
  num: number;
}

export interface PdfObject {
  num: number;
  body: Span;
  refs: RefAt[];
  /** Byte offsets of the stream's data, when the object is a stream. */
  stream?: { start: number; end: number };
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

const fail = (why: string): never => {
  throw new DulyError('internal', `The PDF cannot be read: ${why}.`);
};

export class PdfFile {
  readonly bytes: Uint8Array;
  /** The file as latin1 text: one character per byte, so text offsets are byte offsets. */
  readonly text: string;
  readonly trailer: Map<string, Span>;
  private readonly offsets: Map<number, number>;
  private readonly cache = new Map<number, PdfObject>();
  private refs: RefAt[] = [];

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!this.text.startsWith('%PDF-')) fail('it is not a PDF');
    const at = this.text.lastIndexOf('startxref');
    if (at < 0) fail('it has no startxref');
    const xref = Number(/^startxref\s+(\d+)/.exec(this.text.slice(at, at + 40))?.[1] ?? Number.NaN);
    if (!Number.isInteger(xref) || !this.text.startsWith('xref', xref)) {
      fail('its cross-reference list is not a plain xref table');
    }
    const { offsets, trailerAt } = readXref(this.text, xref + 4);
    this.offsets = offsets;
    const trailer = this.parse(trailerAt).value;
    this.trailer = trailer.t === 'dict' ? trailer.entries : fail('its trailer is not a dictionary');
    for (const key of ['Prev', 'Encrypt', 'XRefStm']) {
      if (this.trailer.has(key)) fail(`its trailer has /${key}`);
    }
  }

  /** Object `num`, read on first use. */
  object(num: number): PdfObject {
    const known = this.cache.get(num);
    if (known) return known;
    const offset = this.offsets.get(num) ?? fail(`object ${num} is not in the xref table`);
    const head = /^(\d+)\s+(\d+)\s+obj\b/.exec(this.text.slice(offset, offset + 40));
    if (!head || Number(head[1]) !== num) return fail(`object ${num} is not where the xref says`);
    this.refs = [];
    const body = this.parse(offset + head[0].length);
    const object: PdfObject = { num, body, refs: this.refs };
    let pos = this.skip(body.end);
    if (this.text.startsWith('stream', pos)) {
      pos += 6;
      if (this.text[pos] === '\r') pos++;
      if (this.text[pos] === '\n') pos++;
      const length = this.lengthOf(body.value);
      const end = pos + length;
      if (!this.text.startsWith('endstream', this.skip(end))) fail(`object ${num}'s stream length is wrong`);
      object.stream = { start: pos, end };
    }
    this.cache.set(num, object);
    return object;
  }

  /** The value of `key` in a dictionary, following one reference. */
  get(dict: Map<string, Span>, key: string): PdfValue | undefined {
    const value = dict.get(key)?.value;
    return value?.t === 'ref' ? this.object(value.num).body.value : value;
  }

  private lengthOf(value: PdfValue): number {
    if (value.t !== 'dict') return fail('a stream without a dictionary');
    const length = this.get(value.entries, 'Length');
    if (length?.t !== 'number' || !Number.isInteger(length.value)) return fail('a stream without /Length');
    return length.value;
  }

  /** Past whitespace and comments. */
  private skip(pos: number): number {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (WHITE.has(c)) pos++;
      else if (c === 0x25 /* % */) {
        while (pos < text.length && text[pos] !== '\n' && text[pos] !== '\r') pos++;
      } else return pos;
    }
  }

  /** One value at `pos` (after whitespace); references met on the way are added to this.refs. */
  private parse(pos: number): Span {
    const { text } = this;
    const start = this.skip(pos);
    const c = text[start];
    if (c === '<' && text[start + 1] === '<') {
      const entries = new Map<string, Span>();
      let at = this.skip(start + 2);
      while (!text.startsWith('>>', at)) {
        const key = this.parse(at);
        if (key.value.t !== 'name') return fail(`a dictionary key that is not a name at ${at}`);
        const value = this.parse(key.end);
        entries.set(key.value.name, value);
        at = this.skip(value.end);
        if (at >= text.length) fail('a dictionary never closes');
      }
      return { value: { t: 'dict', entries }, start, end: at + 2 };
    }
    if (c === '[') {
      const items: Span[] = [];
      let at = this.skip(start + 1);
      while (text[at] !== ']') {
        const item = this.parse(at);
        items.push(item);
        at = this.skip(item.end);
        if (at >= text.length) fail('an array never closes');
      }
      return { value: { t: 'array', items }, start, end: at + 1 };
    }
    if (c === '<') {
      const end = text.indexOf('>', start);
      return { value: { t: 'other' }, start, end: end < 0 ? fail('a hex string never closes') : end + 1 };
    }
    if (c === '(') return { value: { t: 'other' }, start, end: this.literalEnd(start) };
    if (c === '/') {
      const end = this.tokenEnd(start + 1);
      return { value: { t: 'name', name: text.slice(start + 1, end) }, start, end };
    }
    const end = this.tokenEnd(start);
    if (end === start) return fail(`an unexpected "${c}" at ${start}`);
    const token = text.slice(start, end);
    if (/^\d+$/.test(token)) {
      // "12 0 R" is a reference; "12 0" alone is two numbers.
      const ref = /^\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(text.slice(end, end + 16));
      if (ref) {
        const num = Number(token);
        const refEnd = end + ref[0].length;
        this.refs.push({ start, end: refEnd, num });
        return { value: { t: 'ref', num }, start, end: refEnd };
      }
    }
    const value = Number(token);
    return { value: Number.isNaN(value) ? { t: 'other' } : { t: 'number', value }, start, end };
  }

  private tokenEnd(pos: number): number {
    const { text } = this;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (WHITE.has(c) || DELIMITERS.has(c)) break;
      pos++;
    }
    return pos;
  }

  /** A literal string: balanced parentheses, backslash escapes. */
  private literalEnd(start: number): number {
    const { text } = this;
    let depth = 0;
    for (let pos = start; pos < text.length; pos++) {
      const c = text[pos];
      if (c === '\\') pos++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return pos + 1;
    }
    return fail('a string never closes');
  }
}

/** The xref table's in-use entries (object number → byte offset) and where the trailer starts. */
function readXref(text: string, pos: number): { offsets: Map<number, number>; trailerAt: number } {
  const offsets = new Map<number, number>();
  const section = /\s*(\d+)\s+(\d+)/y;
  const entry = /\s*(\d{10})\s(\d{5})\s([nf])/y;
  for (;;) {
    section.lastIndex = pos;
    const head = section.exec(text);
    if (!head) break;
    const first = Number(head[1]);
    const count = Number(head[2]);
    pos = section.lastIndex;
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text) ?? fail('its xref table is damaged');
      if (e[3] === 'n') offsets.set(first + i, Number(e[1]));
      pos = entry.lastIndex;
    }
  }
  const trailerAt = text.indexOf('trailer', pos);
  if (trailerAt < 0 || text.slice(pos, trailerAt).trim() !== '') fail('its xref table has no trailer');
  return { offsets, trailerAt: trailerAt + 7 };
}
