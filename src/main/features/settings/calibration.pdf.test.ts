import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Paper } from '../../../shared/contract/settings';
import type { Ctx } from '../../context';
import { contains, envelopeLayout, type OffsetMm, type Rect } from '../../pdf/envelope';
import { hasPoppler, NO_POPPLER, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { offsetWords, renderCalibrationPdf, sampleAddress } from './calibration.pdf';
import { updateSettings } from './settings.service';

// The calibration page read back as a viewer reads it: its words, and where each word of the sample
// address landed on the page (pdftotext -bbox), which must be inside the window letters expect.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-24');
  updateSettings(ctx, { businessName: 'Corner Shop', addressLine1: '1 High Street', city: 'Bath' });
});

interface Word extends Rect {
  text: string;
}

/** Every word of the first page with its box, in points from the top-left corner. */
function words(bytes: Uint8Array): Word[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-calibration-'));
  try {
    const file = path.join(dir, 'page.pdf');
    fs.writeFileSync(file, bytes);
    const out = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
    const found: Word[] = [];
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of out.matchAll(re)) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      found.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0, text: m[5]!.replace(/&amp;/g, '&') });
    }
    return found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The boxes of the words of these lines, found in order on the page. */
function boxesOf(all: Word[], lines: string[]): Word[] {
  const wanted = lines.flatMap((l) => l.split(' '));
  const start = all.findIndex((_, i) => wanted.every((t, n) => all[i + n]?.text === t));
  expect(start, `the sample address on the page: ${wanted.join(' ')}`).toBeGreaterThanOrEqual(0);
  return all.slice(start, start + wanted.length);
}

describe.skipIf(!hasPoppler)('the calibration page', () => {
  it('says what it is and what to do, on one page of the chosen paper', async () => {
    const bytes = await renderCalibrationPdf(ctx, { paper: 'a4', offsetMm: { x: 1.5, y: -2 }, unit: 'mm' });
    const info = pdfInfo(bytes);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info.Title).toBe('Envelope calibration (A4)');
    const text = pdfPages(bytes)[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('Envelope calibration');
    expect(text).toContain(
      'A4 · DIN 5008 window envelope (DL or C6/5) · address moved 1.5 mm right and 2 mm up',
    );
    expect(text).toContain('Print this page at 100% (“Actual size”), not “Fit to page”.');
    expect(text).toContain('If the sample address is not fully in the window, measure how far it must move');
    expect(text).toContain('Corner Shop · 1 High Street · Bath');
    expect(text).toContain('Window · 85 mm × 45 mm');
    for (const line of sampleAddress('a4')) expect(text).toContain(line);
    expect(text.match(/Fold/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Punch');
  });

  it('measures in inches on Letter when asked, with no punch mark', async () => {
    const bytes = await renderCalibrationPdf(ctx, {
      paper: 'letter',
      offsetMm: { x: 0, y: 3.2 },
      unit: 'in',
    });
    expect(pdfInfo(bytes)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    const text = pdfPages(bytes)[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('US Letter · #10 window envelope · address moved 0.13 in down');
    expect(text).toContain('Window · 3.25 in × 1.1 in');
    expect(text).toContain('the 4 in mark should be 4 inches from the edge');
    expect(text).not.toContain('Punch');
    for (const line of sampleAddress('letter')) expect(text).toContain(line);
  });

  it('takes the saved paper, offsets and unit when the screen sends none', async () => {
    updateSettings(ctx, { paper: 'letter', envelopeUnit: 'mm', envelopeOffsetMm: { x: -1, y: 0 } });
    const text = pdfPages(await renderCalibrationPdf(ctx, {}))[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('US Letter · #10 window envelope · address moved 1 mm left');
  });

  const cases: [Paper, OffsetMm][] = [
    ['a4', { x: 0, y: 0 }],
    ['a4', { x: 4.5, y: -3.2 }],
    ['letter', { x: 0, y: 0 }],
    ['letter', { x: -6, y: 5 }],
  ];
  it.each(cases)('prints the sample address inside the window (%s, offset %o)', async (paper, offset) => {
    const layout = envelopeLayout(paper, offset);
    const all = words(await renderCalibrationPdf(ctx, { paper, offsetMm: offset }));
    const address = boxesOf(all, sampleAddress(paper));
    for (const word of address) {
      expect(contains(layout.window, word), `“${word.text}” in the window`).toBe(true);
      expect(contains(layout.recipient, word), `“${word.text}” in the address field`).toBe(true);
    }
    const from = boxesOf(all, ['Corner', 'Shop']);
    for (const word of from) expect(contains(layout.returnLine, word), `“${word.text}”`).toBe(true);
  });
});

describe('offsets in words', () => {
  it('says which way the address moves, in the unit the owner measures in', () => {
    expect(offsetWords({ x: 0, y: 0 }, 'mm', 'en-GB')).toBe('at the standard place');
    expect(offsetWords({ x: -2.5, y: 1 }, 'mm', 'de-DE')).toBe('moved 2,5 mm left and 1 mm down');
    expect(offsetWords({ x: 25.4, y: -12.7 }, 'in', 'en-US')).toBe('moved 1 in right and 0.5 in up');
  });
});

if (!hasPoppler) console.warn(NO_POPPLER);
