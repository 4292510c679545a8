import { beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context';
import { hasPoppler, pdfPages } from '../../pdf/testing/poppler';
import { aCustomer, anInvoice } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { renderAgeingPdf } from './ageing-report.pdf';

// The detail part over many pages: a customer whose invoices fit on one page is printed whole on one
// page, not split with "(continued)" (the long-customer case is in ageing-report.pdf.test.ts).

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
});

describe.skipIf(!hasPoppler)('aged receivables detail', () => {
  it('keeps each customer with six invoices on one page', async () => {
    // Six invoices each: without keeping customers together, several would be split (checked by hand).
    for (let n = 1; n <= 40; n++) {
      const c = aCustomer(ctx, { ref: `K${String(n).padStart(2, '0')}`, name: `Kept customer ${n}` });
      for (let i = 1; i <= 6; i++) anInvoice(ctx, c, `K${n}-${i}`, '2026-09-01', '2026-10-01', 1_000 * i + n);
    }
    const pages = pdfPages(await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true }));
    const detail = pages.filter((p) => p.includes('Open invoices by customer'));
    expect(detail.length).toBeGreaterThan(2);
    let seen = 0;
    for (const page of detail) {
      expect(page).not.toMatch(/Kept customer \d+ \(continued\)/);
      for (const m of page.matchAll(/K(\d\d)\s+Kept customer (\d+)\n/g)) {
        const n = Number(m[2]);
        seen++;
        for (let i = 1; i <= 6; i++) expect(page).toContain(`K${n}-${i} `);
        expect(page).toMatch(/Balance · 6 invoices/);
      }
    }
    expect(seen).toBe(40);
  });
});
