import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { paperForRegion } from '../../shared/contract/settings';
import { DulyError } from '../../shared/errors';
import { renderPdf } from './document';
import { FONT, fontBytes, forgetFontBytes } from './fonts';
import { documentFormats } from './format';
import { resourceCandidates, resourcesDir } from './resources';
import { hasPoppler, NO_POPPLER, pdfFonts, pdfInfo, pdfPages } from './testing/poppler';
import { measure, wrapText } from './text';

const REPO_RESOURCES = path.resolve(import.meta.dirname, '../../../resources');
const created = new Date('2026-11-23T12:00:00Z');
const setup = {
  paper: 'a4' as const,
  title: 'A test',
  author: 'Harbour Lane Hardware',
  createdAt: created,
  footer: 'Harbour Lane Hardware  ·  Printed 23/11/2026',
};

describe('resources', () => {
  afterEach(() => {
    delete process.env.DULY_RESOURCES;
    forgetFontBytes();
  });

  it('finds resources/ in the repo during development', () => {
    expect(resourcesDir()).toBe(REPO_RESOURCES);
  });

  it('looks in the packaged app first, then up from built code', () => {
    const built = path.join('/opt/duly/out/node/chunks');
    const c = resourceCandidates(built, '/Applications/Duly.app/Contents/Resources');
    expect(c[0]).toBe('/Applications/Duly.app/Contents/Resources/resources');
    expect(c).toContain('/opt/duly/resources');
    // Packaged: out/main inside app.asar(.unpacked), beside which electron-builder puts resources/.
    expect(resourceCandidates('/x/resources/app.asar.unpacked/out/main', undefined)).toContain(
      '/x/resources/resources',
    );
  });

  it('takes DULY_RESOURCES over everything, and refuses a folder without the fonts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-res-'));
    fs.cpSync(REPO_RESOURCES, dir, { recursive: true });
    process.env.DULY_RESOURCES = dir;
    expect(resourcesDir()).toBe(dir);
    process.env.DULY_RESOURCES = os.tmpdir();
    expect(() => resourcesDir()).toThrow(DulyError);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the font files once per process', () => {
    const first = fontBytes();
    expect(fontBytes()).toBe(first);
    expect(first.regular.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(fs.readFileSync(path.join(REPO_RESOURCES, 'fonts', 'OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
  });
});

describe('paper', () => {
  it('is Letter in the United States and Canada, A4 elsewhere', () => {
    expect(paperForRegion('en-US')).toBe('letter');
    expect(paperForRegion('en-CA')).toBe('letter');
    expect(paperForRegion('fr-CA')).toBe('letter');
    expect(paperForRegion('en-GB')).toBe('a4');
    expect(paperForRegion('de-DE')).toBe('a4');
    expect(paperForRegion('en')).toBe('letter'); // "en" alone is American English
    expect(paperForRegion('not a locale')).toBe('a4');
  });
});

describe('formats', () => {
  it('writes money, dates, shares and counts the business way', () => {
    const f = documentFormats({ currency: 'GBP', locale: 'en-GB', dateFormat: 'DD/MM/YYYY' });
    expect(f.money(123456789)).toBe('£1,234,567.89');
    expect(f.money(-5)).toBe('-£0.05');
    expect(f.date('2026-11-23')).toBe('23/11/2026');
    expect(f.share(1, 3)).toBe('33.3%');
    expect(f.share(2, 3)).toBe('66.7%');
    expect(f.share(5, 0)).toBe('');
    expect(f.count(5000)).toBe('5,000');
    const de = documentFormats({ currency: 'EUR', locale: 'de-DE', dateFormat: 'DD.MM.YYYY' });
    expect(de.money(123456)).toBe('1.234,56\u00a0€');
    expect(de.share(1, 8)).toBe('12,5\u00a0%');
  });
});

describe('text', () => {
  it('has tabular figures: every digit is as wide as every other, in both weights', async () => {
    await renderPdf(setup, (pdf) => {
      pdf.addPage();
      for (const font of [FONT.regular, FONT.bold]) {
        const widths = new Set([...'0123456789'].map((d) => measure(pdf.doc, d, { font, size: 10 })));
        expect(widths.size).toBe(1);
        expect(measure(pdf.doc, '£1,111.11', { font, size: 10 })).toBe(
          measure(pdf.doc, '£8,888.88', { font, size: 10 }),
        );
      }
    });
  });

  it('wraps at spaces, cuts an overlong word, and ends a cut text with an ellipsis', async () => {
    await renderPdf(setup, (pdf) => {
      pdf.addPage();
      const style = { font: FONT.regular, size: 10 };
      expect(wrapText(pdf.doc, 'Short', style, 200)).toEqual(['Short']);
      const lines = wrapText(pdf.doc, 'Bolitho Kitchens & Bathrooms of Truro and Penryn', style, 90);
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(measure(pdf.doc, l, style)).toBeLessThanOrEqual(90);
      expect(lines.join(' ')).toBe('Bolitho Kitchens & Bathrooms of Truro and Penryn');
      const cut = wrapText(pdf.doc, 'one two three four five six seven eight nine ten', style, 40, 2);
      expect(cut).toHaveLength(2);
      expect(cut[1]!.endsWith('…')).toBe(true);
      const word = wrapText(pdf.doc, 'Supercalifragilisticexpialidocious', style, 50, 10);
      expect(word.join('')).toBe('Supercalifragilisticexpialidocious');
    });
  });
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('documents', () => {
  it('sets the metadata, embeds subsets of the fonts, numbers the pages', async () => {
    const bytes = await renderPdf({ ...setup, paper: 'letter' }, (pdf) => {
      for (let i = 0; i < 3; i++) pdf.addPage(i === 1 ? 'landscape' : 'portrait');
    });
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('A test');
    expect(info.Author).toBe('Harbour Lane Hardware');
    expect(info.Creator).toBe('Duly');
    expect(info.Pages).toBe('3');
    expect(info['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(3);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of 3`);
      expect(p).toContain('Harbour Lane Hardware · Printed 23/11/2026');
    });
    const fonts = pdfFonts(bytes);
    expect(fonts).toMatch(/\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('gives one empty page when nothing was drawn', async () => {
    const bytes = await renderPdf(setup, () => {});
    expect(pdfInfo(bytes).Pages).toBe('1');
  });
});
