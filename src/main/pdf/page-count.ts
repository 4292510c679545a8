import { Buffer } from 'node:buffer';

// How many pages a PDF Duly wrote has, from its bytes: for "Wrote … (3 pages)" and export summaries,
// without keeping the document object around. pdfkit writes one flat page tree, whose root
// (/Type /Pages … /Count n) is an uncompressed dictionary written last, so one search from the end
// finds it. Not a general PDF parser: files from elsewhere may nest their page trees.

const ROOT = Buffer.from('/Type /Pages');
const COUNT = /^\s*\/Count (\d+)/;

export function pdfPageCount(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.lastIndexOf(ROOT);
  if (at < 0) throw new Error('Not a PDF written by Duly: it has no page tree.');
  const after = buffer.toString('latin1', at + ROOT.length, at + ROOT.length + 40);
  const m = COUNT.exec(after);
  if (!m) throw new Error('Not a PDF written by Duly: its page tree has no count.');
  return Number(m[1]);
}
