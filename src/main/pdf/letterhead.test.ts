import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Paper, renderPdf, renderSections } from './document';
import { contains, envelopeLayout, type OffsetMm, type Rect } from './envelope';
import { drawLetterhead, drawSlimHeader, LETTER_MARGINS, type LetterheadIdentity } from './letterhead';
import { hasPoppler, NO_POPPLER, type PdfWord, pdfPages, pdfWords } from './testing/poppler';

// The address must show through the window of the envelope, whatever the paper, the owner's offsets
// and the length of the address: read back where poppler finds each word (pdftotext -bbox).

const identity: LetterheadIdentity = {
  name: 'Harbour Lane Hardware',
  address: ['14 Harbour Lane', 'Custom House Quay', 'Falmouth TR11 3HX'],
  country: 'United Kingdom',
  phone: '01326 555 014',
  email: 'accounts@harbourlane.example',
  taxNumber: 'VAT GB 123 4567 89',
  logo: null,
};

const setup = (paper: Paper) => ({
  paper,
  margins: LETTER_MARGINS[paper],
  title: 'Letterhead',
  author: 'Duly',
  createdAt: new Date('2026-11-23T12:00:00Z'),
  footer: 'Harbour Lane Hardware',
});

async function letterhead(paper: Paper, offset: OffsetMm, recipient: string[]): Promise<Uint8Array> {
  return renderPdf(setup(paper), (pdf) => {
    pdf.addPage();
    drawLetterhead(pdf, {
      identity,
      envelope: envelopeLayout(paper, offset),
      recipient,
      facts: [
        ['Date', '23/11/2026'],
        ['Our reference', 'C001'],
      ],
    });
  });
}

const box = (w: PdfWord): Rect => ({ x: w.xMin, y: w.yMin, width: w.xMax - w.xMin, height: w.yMax - w.yMin });
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The words that show in the window: every one wholly inside it (none cut by its edge). */
function inWindow(words: PdfWord[], window: Rect): string[] {
  const seen = words.filter((w) => w.page === 1 && overlaps(window, box(w)));
  for (const w of seen) expect(contains(window, box(w)), `"${w.text}" crosses the window's edge`).toBe(true);
  return seen.map((w) => w.text);
}

const words = (lines: string[]) => lines.join(' ').split(/\s+/);

const SIX = [
  'Bolitho Kitchens Ltd',
  'Accounts Payable',
  'Unit 4, Penryn Business Park',
  'Kernick Road',
  'Penryn TR10 9EW',
  'United Kingdom',
];

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the address in the window', () => {
  const cases: [Paper, OffsetMm][] = [
    ['a4', { x: 0, y: 0 }],
    ['a4', { x: 3.5, y: -2 }],
    ['a4', { x: -4, y: 6 }],
    ['letter', { x: 0, y: 0 }],
    ['letter', { x: 2.5, y: 3 }],
    ['letter', { x: -5, y: -4 }],
  ];
  it.each(cases)(
    'on %s moved by %o: the return line and every address line, whole, inside the window',
    async (paper, offset) => {
      const layout = envelopeLayout(paper, offset);
      const lines = paper === 'a4' ? SIX : SIX.slice(0, 5);
      const found = inWindow(pdfWords(await letterhead(paper, offset, lines)), layout.window);
      const ret = 'Harbour Lane Hardware · 14 Harbour Lane · Custom House Quay · Falmouth TR11 3HX';
      // The return line leaves out the country, then the second street line, to fit at its small size.
      expect(found.join(' ')).toMatch(
        new RegExp(`^Harbour Lane Hardware · 14 Harbour Lane · .*${words(lines).join(' ')}$`),
      );
      expect(ret.startsWith(found.slice(0, 8).join(' '))).toBe(true);
      // Nothing else of the letterhead strays into the window.
      expect(found.filter((w) => w === 'VAT')).toEqual([]);
    },
  );

  it('shrinks and wraps a long address to fit, never past the window, the name printed whole', async () => {
    const long = [
      'Société Générale d’Électricité Ørsted Łódź Straße Ярослав Ковальчук Σοφία Παπαδοπούλου Ltd',
      'For the attention of the Accounts Payable Department',
      'Building 7, The Old Sail Loft, Upper Quay Industrial Estate',
      'Second Floor, Suite 214',
      'Off the Roundabout by the Harbour Master’s Office',
      'Penryn TR10 9EW',
      'United Kingdom of Great Britain and Northern Ireland',
    ];
    for (const paper of ['a4', 'letter'] as const) {
      const layout = envelopeLayout(paper);
      const found = inWindow(pdfWords(await letterhead(paper, { x: 0, y: 0 }, long)), layout.window).join(
        ' ',
      );
      expect(found).toContain(long[0]);
      expect(found).toContain('Penryn');
    }
  });

  it('keeps the usual size for a short address', async () => {
    const ws = pdfWords(
      await letterhead('a4', { x: 0, y: 0 }, ['Łukasz Nowak', 'ul. Długa 5', 'Gdańsk 80-831']),
    );
    const name = ws.find((w) => w.text === 'Łukasz')!;
    // Noto Sans at 10 pt: a line's box is ascent + descent, 1.362 em.
    expect(name.yMax - name.yMin).toBeCloseTo(13.62, 1);
  });
});

describe.skipIf(!hasPoppler)('letterhead and later pages', () => {
  it('prints the business, its details and the facts on page one; a slim header after', async () => {
    const bytes = await renderPdf(setup('a4'), (pdf) => {
      pdf.addPage();
      drawLetterhead(pdf, {
        identity,
        envelope: envelopeLayout('a4'),
        recipient: ['Łukasz Nowak'],
        facts: [['Our reference', 'C001']],
      });
      pdf.continuation = (p) => drawSlimHeader(p, 'Harbour Lane Hardware', 'Statement · Łukasz Nowak (C001)');
      // Content starts below the window.
      expect(pdf.y).toBeGreaterThan(envelopeLayout('a4').window.y + envelopeLayout('a4').window.height);
      pdf.addPage();
    });
    const [one, two] = pdfPages(bytes) as [string, string];
    for (const t of ['Harbour Lane Hardware', 'Custom House Quay', '01326 555 014', 'VAT GB 123 4567 89']) {
      expect(one).toContain(t);
    }
    expect(one).toMatch(/Our reference\s+C001/);
    expect(two).toMatch(/Harbour Lane Hardware\s+Statement · Łukasz Nowak \(C001\)/);
    expect(two).not.toContain('Custom House Quay');
  });

  it('embeds the logo once in a batch, however many letters show it', async () => {
    const png = fs.readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/logo.png'));
    const withLogo = { ...identity, logo: { bytes: png, width: 96, height: 32 } };
    const draw = (pdf: Parameters<Parameters<typeof renderPdf>[1]>[0]) => {
      pdf.addPage();
      drawLetterhead(pdf, {
        identity: withLogo,
        envelope: envelopeLayout('a4'),
        recipient: ['X'],
        facts: [],
      });
    };
    const { bytes } = await renderSections(
      setup('a4'),
      [1, 2, 3].map((key) => ({ key, draw })),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-logo-'));
    const file = path.join(dir, 'batch.pdf');
    fs.writeFileSync(file, bytes);
    const list = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' }).stdout.split('\n').slice(2);
    fs.rmSync(dir, { recursive: true, force: true });
    const images = list.filter((l) => l.trim().split(/\s+/)[2] === 'image');
    expect(images).toHaveLength(3);
    // Columns: page num type width height color comp bpc enc interp object …; one object for all three.
    expect(new Set(images.map((l) => l.trim().split(/\s+/)[10])).size).toBe(1);
  });
});
