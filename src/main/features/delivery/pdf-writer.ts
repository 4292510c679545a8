import { DulyError } from '../../../shared/errors';

// The output side shared by splitting a PDF into parts and joining parts into one: objects written in
// order with their offsets remembered, then a plain xref table and trailer (what pdfkit itself
// writes, so every reader that opens Duly's PDFs opens these).

export class PdfWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly offsets: number[] = [];
  private size = 0;

  raw(text: string): void {
    this.push(Buffer.from(text, 'latin1'));
  }

  protected push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.size += chunk.byteLength;
  }

  begin(num: number): void {
    this.offsets[num] = this.size;
    this.raw(`${num} 0 obj\n`);
  }

  end(): void {
    this.raw('endobj\n');
  }

  /** A stream's bytes as they are (already compressed), between its dictionary and endobj. */
  stream(bytes: Uint8Array): void {
    this.raw('stream\n');
    this.push(bytes);
    this.raw('\nendstream\n');
  }

  /** The xref table and trailer; the file's bytes. `trailer` holds the entries besides /Size. */
  finish(trailer: string): Uint8Array {
    const count = this.offsets.length;
    const xrefAt = this.size;
    const lines = [`xref\n0 ${count}\n0000000000 65535 f \n`];
    for (let num = 1; num < count; num++) {
      const offset = this.offsets[num];
      if (offset === undefined)
        throw new DulyError('internal', `The PDF could not be written: object ${num} is missing.`);
      lines.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
    }
    this.raw(`${lines.join('')}trailer\n<<\n/Size ${count}\n${trailer}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`);
    // An ArrayBuffer of its own (not a slice of Node's pool), so a worker can hand it back without a copy.
    const file = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      file.set(chunk, at);
      at += chunk.byteLength;
    }
    return file;
  }
}

/** A PDF text string that holds any character: UTF-16BE with its byte-order mark, in hex. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}
