import { describe, expect, it } from 'vitest';
import { mm } from './document';
import { contains, envelopeLayout } from './envelope';

describe('envelopeLayout', () => {
  it('puts the A4 address in DIN 5008 form B’s field: 20 mm in, 45 mm down, 85 × 45 mm', () => {
    const a4 = envelopeLayout('a4');
    expect(a4.window.x).toBeCloseTo(mm(20));
    expect(a4.window.y).toBeCloseTo(mm(45));
    expect(a4.window.width).toBeCloseTo(mm(85));
    expect(a4.window.height).toBeCloseTo(mm(45));
    // The recipient below the 17.7 mm notes zone, the return line at its foot, both in the window.
    expect(a4.recipient.y).toBeCloseTo(mm(45 + 17.7));
    expect(a4.returnLine.y + a4.returnLine.height).toBeCloseTo(a4.recipient.y);
    expect(contains(a4.window, a4.recipient)).toBe(true);
    expect(contains(a4.window, a4.returnLine)).toBe(true);
    expect(a4.foldMarks.map((y) => Math.round(y / mm(1)))).toEqual([105, 210]);
  });

  it('keeps the Letter address where a #10 window shows it: 1.0–4.25 in across, 2.05–3.15 in down', () => {
    const letter = envelopeLayout('letter');
    const safe = { x: 72, y: 2.05 * 72, width: 3.25 * 72, height: 1.1 * 72 };
    expect(contains(safe, letter.recipient)).toBe(true);
    expect(contains(safe, letter.returnLine)).toBe(true);
    expect(letter.returnLine.y + letter.returnLine.height).toBeCloseTo(letter.recipient.y);
    expect(letter.foldMarks[0]).toBeCloseTo((11 * 72) / 3);
    expect(letter.punchMark).toBeNull();
  });

  it('moves the whole block by the owner’s offsets, and no further', () => {
    const plain = envelopeLayout('a4');
    const off = envelopeLayout('a4', { x: 2.5, y: -1.5 });
    expect(off.recipient.x - plain.recipient.x).toBeCloseTo(mm(2.5));
    expect(off.recipient.y - plain.recipient.y).toBeCloseTo(mm(-1.5));
    expect(off.returnLine.x - plain.returnLine.x).toBeCloseTo(mm(2.5));
    expect(off.window.y - plain.window.y).toBeCloseTo(mm(-1.5));
    expect(off.foldMarks).toEqual(plain.foldMarks);
    // Small offsets keep the address in the standard window; a large one takes it out (the test can fail).
    expect(contains(plain.window, off.recipient)).toBe(true);
    expect(contains(plain.window, envelopeLayout('a4', { x: 15, y: 0 }).recipient)).toBe(false);
  });
});
