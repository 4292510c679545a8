import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AgeingReport, bucketHeading } from '../../../shared/contract/ageing';
import { DulyError } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import type { Ctx } from '../../context';
import { hasPoppler, NO_POPPLER, pdfFonts, pdfInfo, pdfPages, pdfToPng } from '../../pdf/testing/poppler';
import { aCreditNote, aCustomer, anInvoice, aPayment } from '../../testing/builders';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { updateSettings } from '../settings/settings.service';
import { renderAgeingPdf } from './ageing-report.pdf';

// The printed report read back as a person's viewer reads it (pdftotext -layout). Set DULY_PDF_PNG to a
// folder outside the repo to keep the files and get their pages as pictures too.

const money = (minor: number) => formatMoney(minor, 'GBP', 'en-GB');
/** A line's cells: pdftotext -layout separates columns by two spaces or more. */
const cells = (line: string) => line.trim().split(/\s{2,}/);

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  updateSettings(ctx, {
    businessName: 'Harbour Lane Hardware',
    addressLine1: '14 Harbour Lane',
    addressLine2: 'Custom House Quay',
    postcode: 'TR11 3HX',
    city: 'Falmouth',
    country: 'United Kingdom',
    currency: 'GBP',
    locale: 'en-GB',
    dateFormat: 'DD/MM/YYYY',
  });
});

function pictures(bytes: Uint8Array, name: string): void {
  const dir = process.env.DULY_PDF_PNG;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.pdf`), bytes);
  pdfToPng(bytes, path.join(dir, name));
}

/** Three customers whose names need Polish, Greek and Cyrillic glyphs; invoices in every bucket. */
function shop() {
  const lukasz = aCustomer(ctx, {
    ref: 'C001',
    name: 'Łukasz Nowak',
    addressLine1: 'ul. Długa 5',
    city: 'Gdańsk',
    postcode: '80-831',
    country: 'Poland',
    contactName: 'Łukasz Nowak',
    email: 'lukasz@example.org',
  });
  anInvoice(ctx, lukasz, 'INV-101', '2026-11-10', '2026-12-10', 12_000); // not yet due
  anInvoice(ctx, lukasz, 'INV-102', '2026-10-01', '2026-10-31', 45_050); // 23 days: 1-30
  const partly = anInvoice(ctx, lukasz, 'INV-103', '2026-08-01', '2026-08-31', 30_000); // 84 days: 61-90
  aPayment(ctx, lukasz, 'P-1', '2026-09-15', 10_000, partly);
  const sofia = aCustomer(ctx, { ref: 'C002', name: 'Σοφία Παπαδοπούλου', city: 'Αθήνα', country: 'Ελλάδα' });
  anInvoice(ctx, sofia, 'INV-201', '2026-05-01', '2026-05-31', 99_999); // 176 days: 90+
  anInvoice(ctx, sofia, 'INV-202', '2026-09-01', '2026-10-01', 5_000); // 53 days: 31-60
  // Dated before her invoices, so it stays unapplied: credit on account.
  aCreditNote(ctx, sofia, 'CN-1', '2026-04-15', 2_550);
  const yaroslav = aCustomer(ctx, {
    ref: 'C003',
    name: 'Ярослав Ковальчук',
    city: 'Київ',
    country: 'Україна',
  });
  anInvoice(ctx, yaroslav, 'INV-301', '2026-11-20', '2026-12-20', 7_525);
  const credit = aCustomer(ctx, { ref: 'C004', name: 'Café Müller' });
  aPayment(ctx, credit, 'P-2', '2026-11-02', 1_234);
  return { lukasz, sofia, yaroslav, credit };
}

/** The totals row: its label, then the figures (amounts hold no spaces in en-GB). */
function totalsLine(page: string, customers: number): string[] {
  const label = `Total · ${customers} customer${customers === 1 ? '' : 's'}`;
  const line = page.split('\n').find((l) => l.includes(label));
  expect(line, 'the totals row').toBeDefined();
  return [
    label,
    ...line!
      .slice(line!.indexOf(label) + label.length)
      .trim()
      .split(/\s+/),
  ];
}

function expectedTotals(r: AgeingReport): string[] {
  return [
    ...r.buckets.map((b) => money(b.amount)),
    money(r.unappliedCredit),
    money(r.totalOpen - r.unappliedCredit),
  ];
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the aged receivables PDF', () => {
  it('shows the business, the date, the basis, every bucket and totals equal to the report to the penny', async () => {
    shop();
    const report = ageingReport(ctx, '2026-11-23');
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: false });
    pictures(bytes, 'summary');
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const [page] = pages as [string];
    expect(page).toContain('Harbour Lane Hardware');
    expect(page).toContain('Custom House Quay');
    expect(page).toContain('Aged receivables as of 23/11/2026');
    expect(page).toContain('Aged by due date');
    const header = page.split('\n').find((l) => /^\s*Ref\s+Customer/.test(l))!;
    expect(cells(header)).toEqual([
      'Ref',
      'Customer',
      ...report.buckets.map((b) => bucketHeading(b.label)),
      'Credit',
      'Balance',
    ]);
    expect(report.buckets.map((b) => bucketHeading(b.label))).toEqual([
      'Not yet due',
      '1–30 days',
      '31–60 days',
      '61–90 days',
      'Over 90 days',
    ]);
    // Every bucket holds something in this shop, so the totals are all distinct figures.
    expect(report.buckets.every((b) => b.amount > 0)).toBe(true);
    expect(totalsLine(page, 4)).toEqual(['Total · 4 customers', ...expectedTotals(report)]);
    expect(money(report.totalOpen)).toBe('£1,895.74');
    expect(page).toContain(money(report.totalOpen));
    // Each customer's line: reference, name, amounts, credit, balance.
    for (const c of report.customers) {
      const line = page.split('\n').find((l) => l.trim().startsWith(`${c.ref} `))!;
      expect(cells(line)[1]).toBe(c.name);
      expect(cells(line).at(-1)).toBe(money(c.balance));
    }
    expect(page).toContain('Page 1 of 1');
    expect(page).toContain('Printed 23/11/2026');
  });

  it('prints Polish, Greek and Cyrillic names with their own glyphs, in the one embedded font family', async () => {
    shop();
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true });
    pictures(bytes, 'unicode');
    const text = pdfPages(bytes).join('\n');
    for (const name of [
      'Łukasz Nowak',
      'Σοφία Παπαδοπούλου',
      'Ярослав Ковальчук',
      'Café Müller',
      'Gdańsk 80-831',
      'Αθήνα',
      'Київ',
    ]) {
      expect(text).toContain(name);
    }
    const fonts = pdfFonts(bytes)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts).toHaveLength(2);
    for (const f of fonts)
      expect(f).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('sets the title and author, and prints on Letter in the US or when asked', async () => {
    shop();
    const a4 = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true });
    const info = pdfInfo(a4);
    expect(info.Title).toBe('Aged receivables as of 23/11/2026');
    expect(info.Author).toBe('Harbour Lane Hardware');
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(
      pdfInfo(await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: false, paper: 'letter' }))[
        'Page size'
      ],
    ).toMatch(/\(letter\)/);
    updateSettings(ctx, { locale: 'en-US', dateFormat: 'MM/DD/YYYY' });
    const us = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: false });
    expect(pdfInfo(us)['Page size']).toMatch(/\(letter\)/);
    expect(pdfInfo(us).Title).toBe('Aged receivables as of 11/23/2026');
  });

  it('lists each customer’s open invoices with a balance equal to their summary line', async () => {
    const { sofia } = shop();
    const report = ageingReport(ctx, '2026-11-23');
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true });
    pictures(bytes, 'detail');
    const pages = pdfPages(bytes);
    const detail = pages.slice(pages.findIndex((p) => p.includes('Open invoices by customer'))).join('\n');
    const lines = detail.split('\n');
    for (const c of report.customers) {
      const at = lines.findIndex((l) => l.trim() === `${c.ref} ${c.name}`);
      expect(at, c.name).toBeGreaterThan(0);
      const balance = lines.slice(at).find((l) => /^\s*Balance\b/.test(l))!;
      expect(cells(balance).at(-1)).toBe(money(c.balance));
    }
    // Sofia has an unapplied credit note: open invoices, less the credit, then the balance.
    const row = report.customers.find((c) => c.id === sofia.id)!;
    expect(row.credit).toBe(2_550);
    expect(detail).toMatch(new RegExp(`Open invoices · 2 invoices\\s+${escapeRegExp(money(104_999))}`));
    expect(detail).toMatch(new RegExp(`Less unapplied credit\\s+${escapeRegExp(money(-2_550))}`));
    // An invoice line: number, dates, days overdue, its bucket, what is still owed.
    const inv = lines.find((l) => l.includes('INV-103'))!;
    expect(cells(inv)).toEqual(['INV-103', '01/08/2026', '31/08/2026', '84', '61–90 days', money(20_000)]);
    expect(cells(lines.find((l) => l.includes('INV-101'))!)).toEqual([
      'INV-101',
      '10/11/2026',
      '10/12/2026',
      'Not due',
      'Not yet due',
      money(12_000),
    ]);
    expect(detail).toMatch(/Café Müller[\s\S]*No open invoices/);
  });

  it('runs to three pages with "Page n of 3" and the header row on each', async () => {
    // Customers are added 15 at a time (fewer than a page holds) until the summary reaches a third
    // page, so the test does not depend on how many rows a page takes.
    let n = 0;
    let bytes: Uint8Array = new Uint8Array();
    let pages: string[] = [];
    while (pages.length < 3) {
      for (const end = n + 15; n < end; ) {
        n++;
        const c = aCustomer(ctx, { ref: `R${String(n).padStart(3, '0')}`, name: `Customer number ${n}` });
        anInvoice(ctx, c, `N-${n}`, '2026-09-01', '2026-10-01', 10_000 + n);
      }
      bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: false });
      pages = pdfPages(bytes);
    }
    pictures(bytes, 'three-pages');
    const report = ageingReport(ctx, '2026-11-23');
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of 3`);
      expect(page).toMatch(
        /Ref\s+Customer\s+Not yet due\s+1–30 days\s+31–60 days\s+61–90 days\s+Over 90 days\s+Credit\s+Balance/,
      );
      if (i > 0) expect(page).toContain('Summary by customer (continued)');
    });
    expect(totalsLine(pages[2]!, n)).toEqual([`Total · ${n} customers`, ...expectedTotals(report)]);
    const all = pages.join('\n');
    for (let i = 1; i <= n; i++) expect(all).toContain(`Customer number ${i} `);
  });

  it('carries a long customer over pages, saying "(continued)", with the header row on every page', async () => {
    const big = aCustomer(ctx, {
      ref: 'BIG',
      name: 'Penryn Builders Ltd',
      addressLine1: '1 Quay Hill',
      city: 'Penryn',
    });
    for (let i = 1; i <= 90; i++)
      anInvoice(ctx, big, `B-${String(i).padStart(3, '0')}`, '2026-06-01', '2026-07-01', 1_000 * i);
    const report = ageingReport(ctx, '2026-11-23');
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true });
    const pages = pdfPages(bytes);
    const detail = pages.slice(1);
    expect(detail.length).toBeGreaterThanOrEqual(2);
    detail.forEach((page, i) => {
      expect(page).toMatch(/Invoice\s+Invoice date\s+Due date\s+Days overdue\s+Age\s+Still owed/);
      if (i > 0) expect(page).toContain('Penryn Builders Ltd (continued)');
    });
    const text = detail.join('\n');
    for (let i = 1; i <= 90; i++) expect(text).toContain(`B-${String(i).padStart(3, '0')}`);
    expect(text).toMatch(
      new RegExp(`Balance · 90 invoices\\s+${escapeRegExp(money(report.customers[0]!.balance))}`),
    );
    expect(report.customers[0]!.balance).toBe(4_095_000);
  });

  it('ages by invoice date when Settings say so, and as of any earlier date', async () => {
    shop();
    updateSettings(ctx, { ageingBasis: 'issue', ageingLimits: [30, 60, 90, 120] });
    const report = ageingReport(ctx, '2026-10-15');
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-10-15', detail: false });
    const [page] = pdfPages(bytes) as [string];
    expect(page).toContain('Aged receivables as of 15/10/2026');
    expect(page).toContain('Aged by invoice date');
    for (const h of ['0–30 days', '31–60 days', '61–90 days', '91–120 days', 'Over 120 days'])
      expect(page).toContain(h);
    expect(totalsLine(page, report.customers.length)).toEqual([
      `Total · ${report.customers.length} customers`,
      ...expectedTotals(report),
    ]);
  });

  it('says so when nothing is owed', async () => {
    const bytes = await renderAgeingPdf(ctx, { asOf: '2026-11-23', detail: true });
    const text = pdfPages(bytes).join('\n');
    expect(text).toContain('Nothing was owed on this date.');
    expect(text).toMatch(/Total · 0 customers\s+£0\.00/);
  });
});

describe('input', () => {
  it('refuses a date that is not a real day', async () => {
    await expect(renderAgeingPdf(ctx, { asOf: '2026-02-30', detail: false })).rejects.toThrow(DulyError);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
