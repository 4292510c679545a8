import { beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context';
import { pdfPageCount } from '../../pdf/page-count';
import { hasPoppler, NO_POPPLER, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { aCustomer, anInvoice, aPayment, business, lukasz, pictures } from './documents.fixture';
import { renderStatements } from './documents.service';

// Many customers' statements in one PDF: each part from a new page, numbered on its own, and where
// each part lies, so the file can be printed in one go or split per customer.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  business(ctx);
});

function shop() {
  const a = lukasz(ctx);
  const b = aCustomer(ctx, { ref: 'BIG', name: 'Big Buyer Ltd', addressLine1: '1 Long Road', city: 'Truro' });
  for (let i = 1; i <= 75; i++) {
    anInvoice(ctx, b, `B-${String(i).padStart(3, '0')}`, '2026-01-01', '2026-02-01', 1_000 + i);
  }
  const c = aCustomer(ctx, { ref: 'CR', name: 'Overpaid Ltd', city: 'Bodmin' });
  const inv = anInvoice(ctx, c, 'CR-1', '2026-11-01', '2026-12-01', 5_000);
  aPayment(ctx, c, 'CR-P', '2026-11-10', 7_000, inv);
  return [a, b, c] as const;
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('a batch of statements', () => {
  it('draws three customers into one PDF, each from a new page with its own "Page 1 of n"', async () => {
    const [a, b, c] = shop();
    const r = await renderStatements(ctx, { kind: 'statement', customerIds: [a.id, b.id, c.id] });
    pictures(r.bytes, 'batch-statements');
    expect(
      r.parts.map(({ key, firstPage, pageCount, amountDue }) => ({ key, firstPage, pageCount, amountDue })),
    ).toEqual([
      { key: a.id, firstPage: 1, pageCount: 1, amountDue: 173_265 },
      { key: b.id, firstPage: 2, pageCount: 3, amountDue: 77_850 },
      { key: c.id, firstPage: 5, pageCount: 1, amountDue: -2_000 },
    ]);
    expect(r.parts[1]!.title).toBe('Statement as of 23/11/2026, Big Buyer Ltd');
    expect(pdfPageCount(r.bytes)).toBe(5);
    const pages = pdfPages(r.bytes);
    const names = ['Łukasz Nowak Sp. z o.o.', 'Big Buyer Ltd', 'Overpaid Ltd'];
    r.parts.forEach((part, i) => {
      const own = pages.slice(part.firstPage - 1, part.firstPage - 1 + part.pageCount);
      own.forEach((p, n) => {
        expect(p).toContain(`Page ${n + 1} of ${part.pageCount}`);
        expect(p).toContain(names[i]!);
        for (const other of names.filter((_, j) => j !== i)) expect(p).not.toContain(other);
      });
      // Each part opens with its own letterhead.
      expect(own[0]).toContain('Custom House Quay');
    });
    // A bookmark per customer.
    expect(Buffer.from(r.bytes).toString('latin1')).toContain('/Outlines');
  });

  it('draws activity statements the same way, each closing on its own balance', async () => {
    const [a, b, c] = shop();
    const r = await renderStatements(ctx, {
      kind: 'activity',
      customerIds: [c.id, a.id, b.id],
      from: '2026-10-01',
    });
    pictures(r.bytes, 'batch-activity');
    expect(r.from).toBe('2026-10-01');
    expect(r.parts.map((p) => [p.key, p.amountDue])).toEqual([
      [c.id, -2_000],
      [a.id, 173_265],
      [b.id, 77_850],
    ]);
    for (const p of r.parts) expect(p.activity!.closing).toBe(p.statement.balance);
    const pages = pdfPages(r.bytes);
    expect(pages[0]).toContain('Overpaid Ltd');
    expect(pages[r.parts[2]!.firstPage - 1]).toContain('Big Buyer Ltd');
  });

  it('prints every customer asked for once, and skips ids that are not customers', async () => {
    const [a] = shop();
    const r = await renderStatements(ctx, { kind: 'statement', customerIds: [a.id, 9_999, a.id] });
    expect(r.parts.map((p) => p.key)).toEqual([a.id]);
  });
});
