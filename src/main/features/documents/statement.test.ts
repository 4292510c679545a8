import { beforeEach, describe, expect, it } from 'vitest';
import { bucketDefs, bucketHeading } from '../../../shared/contract/ageing';
import type { Ctx } from '../../context';
import { hasPoppler, NO_POPPLER, pdfFonts, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { ageingReport } from '../ageing/ageing.service';
import { updateSettings } from '../settings/settings.service';
import { aCustomer, anInvoice, aPayment, business, lukasz, pictures } from './documents.fixture';
import { renderStatement } from './documents.service';

// The open-item statement read back as a person's viewer reads it (pdftotext -layout): every figure,
// the balance, the ageing row adding up to it, the slip; long statements and names from everywhere.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  business(ctx);
});

/** "£1,732.65" or "-£25.50" as minor units. */
function pounds(text: string): number {
  const m = /^(-?)£([\d,]+)\.(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`Not an amount: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]));
}

/** A line's cells: pdftotext -layout separates columns by two spaces or more. */
const cells = (line: string) => line.trim().split(/\s{2,}/);
const lineWith = (page: string, re: RegExp) => page.split('\n').find((l) => re.test(l));

async function statementText(customerId: number, asOf?: string): Promise<string[]> {
  const r = await renderStatement(ctx, { kind: 'statement', customerId, ...(asOf ? { asOf } : {}) });
  return pdfPages(r.bytes);
}

/** The ageing row: the line after the bucket headings, as minor units. */
function ageingRow(page: string): number[] {
  const lines = page.split('\n');
  const at = lines.findIndex((l) => l.includes('How long it has been owed'));
  const row = lines.slice(at + 1).find((l) => /£/.test(l))!;
  return row.trim().split(/\s+/).map(pounds);
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the open-item statement', () => {
  it('lists each open invoice with date, amount, paid, balance and days overdue, the unallocated credits, and the balance', async () => {
    const c = lukasz(ctx);
    const r = await renderStatement(ctx, { kind: 'statement', customerId: c.id });
    pictures(r.bytes, 'statement-a4');
    const pages = pdfPages(r.bytes);
    expect(pages).toHaveLength(1);
    const [page] = pages as [string];
    expect(cells(lineWith(page, /INV-103/)!)).toEqual([
      '01/08/2026',
      'INV-103',
      '31/08/2026',
      '£300.00',
      '£100.00',
      '£200.00',
      '84',
    ]);
    expect(cells(lineWith(page, /INV-104/)!)).toEqual([
      '01/05/2026',
      'INV-104',
      '31/05/2026',
      '£999.99',
      '£999.99',
      '176',
    ]);
    expect(cells(lineWith(page, /INV-101/)!).at(-1)).toBe('Not due');
    // Paid in full before the date: not on an open-item statement.
    expect(page).not.toContain('INV-100');
    expect(cells(lineWith(page, /CN-1/)!)).toEqual([
      '01/03/2026',
      'Credit note CN-1, not yet set against an invoice',
      '-£25.50',
    ]);
    expect(lineWith(page, /P-0/)).toContain('Payment P-0: £12.34 of £62.34 not yet set against an invoice');
    expect(cells(lineWith(page, /Open invoices/)!)).toEqual([
      'Open invoices',
      '£1,870.49',
      '£100.00',
      '£1,770.49',
    ]);
    expect(cells(lineWith(page, /Balance due/)!)).toEqual(['Balance due', '£1,732.65']);
    expect(pounds('£1,732.65')).toBe(ageingReport(ctx).customers[0]!.balance);
    expect(page).toMatch(/Amount due\s*\n.*£1,732\.65/);
    expect(page).toMatch(/Statement date\s+23\/11\/2026/);
    expect(page).toMatch(/Our reference\s+C001/);
    expect(page).toContain('Page 1 of 1');
    expect(pdfInfo(r.bytes).Title).toBe('Statement as of 23/11/2026, Łukasz Nowak Sp. z o.o.');
  });

  it('has an ageing row with the buckets from Settings that adds up to the balance to the cent', async () => {
    const c = lukasz(ctx);
    for (const [limits, basis] of [
      [[30, 60, 90], 'due'],
      [[15, 45], 'due'],
      [[7, 14, 30, 60, 90, 180], 'issue'],
    ] as const) {
      updateSettings(ctx, { ageingLimits: [...limits], ageingBasis: basis });
      const [page] = (await statementText(c.id)) as [string];
      const headings = bucketDefs(limits, basis).map((d) => bucketHeading(d.label));
      // The headings, some on two lines when there are many.
      const block = page.slice(page.indexOf('How long it has been owed'), page.indexOf('How to pay'));
      for (const h of headings) for (const w of h.split(' ')) expect(block, h).toContain(w);
      const row = ageingRow(page);
      // Buckets, the unallocated credit, the balance.
      expect(row).toHaveLength(headings.length + 2);
      const balance = row.at(-1)!;
      expect(row.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(balance);
      expect(balance).toBe(173_265);
      const report = ageingReport(ctx).customers[0]!;
      expect(row.slice(0, headings.length)).toEqual(Object.values(report.buckets));
    }
  });

  it('ends with a slip to send back: customer, reference, date, amount due and a box for the amount paid', async () => {
    const c = lukasz(ctx);
    const pages = await statementText(c.id);
    const last = pages.at(-1)!;
    const slip = last.slice(last.indexOf('Please return this part with your payment'));
    expect(slip).toMatch(/From\s+Łukasz Nowak Sp\. z o\.o\.\s+Amount due\s+£1,732\.65/);
    expect(slip).toMatch(/Customer reference\s+C001/);
    expect(slip).toMatch(/Statement date\s+23\/11\/2026/);
    expect(slip).toContain('Amount paid');
    expect(slip).toMatch(/To\s+Harbour Lane Hardware/);
    // How to pay stays above the cut line, on the part the customer keeps.
    expect(last.indexOf('Sort code 12-34-56')).toBeLessThan(last.indexOf('Please return this part'));
    expect(last).toContain('Please quote your customer reference (C001) with your payment.');
  });

  it('runs over three pages with the header row on each, and numbers them "Page 1 of 3"', async () => {
    const big = aCustomer(ctx, { ref: 'BIG', name: 'Big Buyer Ltd', city: 'Truro' });
    for (let i = 1; i <= 75; i++) {
      anInvoice(ctx, big, `B-${String(i).padStart(3, '0')}`, '2026-01-01', '2026-02-01', 1_000 + i);
    }
    const r = await renderStatement(ctx, { kind: 'statement', customerId: big.id });
    pictures(r.bytes, 'statement-three-pages');
    const pages = pdfPages(r.bytes);
    expect(pages).toHaveLength(3);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of 3`);
      expect(p).toMatch(/Date\s+Invoice\s+Due date\s+Amount\s+Paid\s+Balance\s+overdue/);
    });
    // Page one has the letterhead; the others the slim header only.
    expect(pages[0]).toContain('Custom House Quay');
    for (const p of pages.slice(1)) {
      expect(p).not.toContain('Custom House Quay');
      expect(p).toMatch(/Harbour Lane Hardware\s+Statement · Big Buyer Ltd \(BIG\) · 23\/11\/2026/);
    }
    const all = pages.join('\n');
    for (let i = 1; i <= 75; i++) expect(all).toContain(`B-${String(i).padStart(3, '0')} `);
    const total = (75 * 76) / 2 + 75 * 1_000;
    expect(cells(lineWith(pages[2]!, /Balance due/)!)).toEqual([
      'Balance due',
      '£778.50',
      '£0.00',
      '£778.50',
    ]);
    expect(total).toBe(77_850);
    expect(pages[2]).toContain('Please return this part with your payment');
  });

  it('prints a long name from anywhere whole, in the embedded fonts', async () => {
    const name = 'Société Générale d’Électricité Ørsted Łódź Straße Ярослав Ковальчук Σοφία Παπαδοπούλου Ltd';
    const c = aCustomer(ctx, {
      ref: 'U-1',
      name,
      addressLine1: 'ul. Długa 5',
      city: 'Gdańsk',
      postcode: '80-831',
    });
    anInvoice(ctx, c, 'U-INV-1', '2026-10-01', '2026-10-31', 5_000);
    const r = await renderStatement(ctx, { kind: 'statement', customerId: c.id });
    pictures(r.bytes, 'statement-unicode');
    const text = pdfPages(r.bytes).join('\n');
    // Wrapped in the window: every word, in order, none cut.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(name);
    expect(text).not.toMatch(/Παπαδοπούλου…|Straße…/);
    // And on the slip, on two lines.
    const slip = text.slice(text.indexOf('Please return this part'), text.indexOf('Customer reference'));
    for (const word of name.split(' ')) expect(slip).toContain(word);
    expect(slip).not.toContain('…');
    const fonts = pdfFonts(r.bytes)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    for (const f of fonts)
      expect(f).toMatch(/\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('says a customer in credit has nothing to pay, without a slip', async () => {
    const c = aCustomer(ctx, { ref: 'CR', name: 'Overpaid Ltd' });
    const inv = anInvoice(ctx, c, 'CR-1', '2026-11-01', '2026-12-01', 5_000);
    aPayment(ctx, c, 'CR-P', '2026-11-10', 7_000, inv);
    const [page] = (await statementText(c.id)) as [string];
    expect(page.replace(/\s+/g, ' ')).toContain(
      'There were no open invoices on your account on 23/11/2026. Your account is £20.00 in credit, so there is nothing to pay.',
    );
    expect(page).toMatch(/In credit\s*\n.*£20\.00/);
    expect(cells(lineWith(page, /Balance \(in credit\)/)!)).toEqual(['Balance (in credit)', '-£20.00']);
    expect(page).not.toContain('Please return this part');
    expect(ageingRow(page).at(-1)).toBe(-2_000);
  });

  it('shows the account as it was on a past date', async () => {
    const c = lukasz(ctx);
    const [page] = (await statementText(c.id, '2026-09-01')) as [string];
    // On 1 September: INV-103 not yet part-paid, INV-101 and INV-102 not yet issued.
    expect(cells(lineWith(page, /INV-103/)!)).toEqual([
      '01/08/2026',
      'INV-103',
      '31/08/2026',
      '£300.00',
      '£300.00',
      '1',
    ]);
    expect(page).not.toContain('INV-101');
    expect(page).not.toContain('INV-102');
    const balance = ageingReport(ctx, '2026-09-01').customers[0]!.balance;
    expect(pounds(cells(lineWith(page, /Balance due/)!).at(-1)!)).toBe(balance);
  });
});
