import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../pdf/document';
import { FONT } from '../../pdf/fonts';
import { hasPoppler, NO_POPPLER, pdfFonts, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { put } from '../../pdf/text';
import { splitPdf } from './pdf-split';

// The split parts are read back with poppler (and checked with qpdf when it is installed), as a
// viewer would: each a valid PDF of exactly its own pages and text, with its fonts embedded.

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

/** qpdf's structural check: xref offsets, object syntax, every stream's length and filter. */
function qpdfCheck(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-split-'));
  try {
    const file = path.join(dir, 'part.pdf');
    fs.writeFileSync(file, bytes);
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    return r.status === 0 ? 'ok' : `${r.stdout}${r.stderr}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A 2×2 PNG, so the sample has an image XObject (a logo) for the parts to carry. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 200, 30, 30, 30, 30, 200, 0, 30, 200, 30, 200, 200, 30]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const NAMES = ['Łukasz Wiśniewski', 'Ярослав Коваленко', 'Zoë Brontë', 'Σοφία Παπαδοπούλου'];
const PAGES = [2, 1, 3, 1];

interface Sample {
  bytes: Uint8Array;
  ranges: { key: string; firstPage: number; pageCount: number }[];
}

/** Four customers' parts in one file, as a batch draws them: a logo, a link, a bookmark each. */
async function sample(): Promise<Sample> {
  const ranges: Sample['ranges'] = [];
  const logo = tinyPng();
  const bytes = await renderPdf(
    {
      paper: 'a4',
      title: 'Statements, 4 customers',
      author: 'Corner Shop',
      lang: 'en-GB',
      createdAt: new Date('2026-11-23T12:00:00Z'),
      footer: 'Corner Shop',
    },
    (pdf) => {
      let page = 1;
      NAMES.forEach((name, n) => {
        ranges.push({ key: `C${n + 1}`, firstPage: page, pageCount: PAGES[n] as number });
        for (let p = 1; p <= (PAGES[n] as number); p++, page++) {
          pdf.addPage('portrait');
          if (p === 1) pdf.doc.outline.addItem(name);
          pdf.doc.image(logo, pdf.left, pdf.top, { width: 20 });
          put(pdf.doc, `${name}, part ${n + 1} page ${p}`, pdf.left, pdf.top + 50, {
            font: FONT.bold,
            size: 14,
          });
          put(pdf.doc, `Invoice ${n + 1}-${p}: 1 234,56 zł due`, pdf.left, pdf.top + 80, {
            font: FONT.regular,
            size: 10,
          });
          pdf.doc.link(pdf.left, pdf.top + 100, 100, 12, 'https://pay.example/duly?c=1');
        }
      });
    },
  );
  return { bytes, ranges };
}

let combined: Sample;
let parts: Map<string, Uint8Array>;

beforeAll(async () => {
  combined = await sample();
  parts = splitPdf(combined.bytes, combined.ranges);
});

describe('splitting a combined PDF', () => {
  it('gives one part per range, each a file qpdf finds sound', () => {
    expect([...parts.keys()]).toEqual(['C1', 'C2', 'C3', 'C4']);
    for (const bytes of parts.values()) {
      expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
      if (hasQpdf) expect(qpdfCheck(bytes)).toBe('ok');
    }
  });

  it.skipIf(!hasPoppler)('holds exactly its own pages and their text', () => {
    NAMES.forEach((name, n) => {
      const part = parts.get(`C${n + 1}`) as Uint8Array;
      expect(pdfInfo(part).Pages).toBe(String(PAGES[n]));
      const pages = pdfPages(part);
      expect(pages).toHaveLength(PAGES[n] as number);
      pages.forEach((text, p) => {
        expect(text).toContain(`${name}, part ${n + 1} page ${p + 1}`);
        expect(text).toContain(`Invoice ${n + 1}-${p + 1}: 1 234,56 zł due`);
      });
      const all = pages.join('\n');
      for (const other of NAMES.filter((x) => x !== name)) expect(all).not.toContain(other);
    });
  });

  it.skipIf(!hasPoppler)('keeps the fonts embedded and subset, and the information of the file', () => {
    const part = parts.get('C2') as Uint8Array;
    const fonts = pdfFonts(part)
      .split('\n')
      .filter((l) => /NotoSans/.test(l));
    expect(fonts).toHaveLength(2);
    // name, type ("CID TrueType"), encoding, then emb sub uni: all yes.
    for (const line of fonts) expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    expect(pdfInfo(part)).toMatchObject({ Title: 'Statements, 4 customers', Author: 'Corner Shop' });
  });

  it('copies only what its own pages use: no other page, image or bookmark', () => {
    const count = (bytes: Uint8Array, pattern: RegExp) =>
      (Buffer.from(bytes).toString('latin1').match(pattern) ?? []).length;
    NAMES.forEach((_, n) => {
      const part = parts.get(`C${n + 1}`) as Uint8Array;
      expect(count(part, /\/Type \/Page\n/g)).toBe(PAGES[n]);
      // pdfkit embeds the logo again on each page it is drawn on.
      expect(count(part, /\/Subtype \/Image/g)).toBe(PAGES[n]);
      expect(count(part, /\/Outlines|\/Dests/g)).toBe(0);
    });
    expect(count(combined.bytes, /\/Outlines/g)).toBe(1);
  });

  it.skipIf(!hasPoppler)('gives a part its own title when asked, in any script', () => {
    const [range] = combined.ranges;
    const titled = splitPdf(combined.bytes, [
      { ...(range as Sample['ranges'][0]), title: 'Statement — Łukasz, Ярослав' },
    ]);
    const part = titled.get('C1') as Uint8Array;
    expect(pdfInfo(part).Title).toBe('Statement — Łukasz, Ярослав');
    if (hasQpdf) expect(qpdfCheck(part)).toBe('ok');
  });

  it.skipIf(!hasPoppler)('splits a part out of a part', () => {
    const c3 = parts.get('C3') as Uint8Array;
    const again = splitPdf(c3, [{ key: 'middle', firstPage: 2, pageCount: 1 }]).get('middle') as Uint8Array;
    expect(pdfPages(again)).toHaveLength(1);
    expect(pdfPages(again)[0]).toContain('part 3 page 2');
  });

  it('refuses ranges outside the file, empty ones and keys used twice', () => {
    const { bytes } = combined;
    expect(() => splitPdf(bytes, [{ key: 'a', firstPage: 7, pageCount: 2 }])).toThrow(/ends on page 8 of 7/);
    expect(() => splitPdf(bytes, [{ key: 'a', firstPage: 0, pageCount: 1 }])).toThrow(/has no pages/);
    expect(() => splitPdf(bytes, [{ key: 'a', firstPage: 1, pageCount: 0 }])).toThrow(/has no pages/);
    const twice = [
      { key: 'a', firstPage: 1, pageCount: 1 },
      { key: 'a', firstPage: 2, pageCount: 1 },
    ];
    expect(() => splitPdf(bytes, twice)).toThrow(/Two parts/);
  });

  it('refuses what is not a PDF it can read, rather than writing a broken one', () => {
    expect(() => splitPdf(new TextEncoder().encode('hello'), [])).toThrow(/not a PDF/);
    const text = Buffer.from(combined.bytes).toString('latin1');
    const noXref = text.replace(/startxref\s+\d+/, 'startxref\n12');
    expect(() => splitPdf(Buffer.from(noXref, 'latin1'), [])).toThrow(/plain xref table/);
  });
});

if (!hasPoppler) console.warn(NO_POPPLER);
