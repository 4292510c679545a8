import { beforeEach, describe, expect, it } from 'vitest';
import type { LetterInvoice, MergedLetter } from '../../../shared/contract/templates';
import type { Ctx } from '../../context';
import { renderSections } from '../../pdf/document';
import { hasPoppler, NO_POPPLER, pdfInfo, pdfPages } from '../../pdf/testing/poppler';
import { createTestCtx } from '../../testing/test-app';
import { customerContacts } from '../reports/reports.repository';
import { aCustomer, business, lukasz, pictures } from './documents.fixture';
import { letterSetup, loadIdentity } from './identity';
import { type LetterInput, letterSection, renderLetter } from './letter.pdf';

// A reminder letter from hand-made merged words (the template engine is not this module's work): the
// subject, the paragraphs in order, the invoices as a table with their total, the signature.

let ctx: Ctx;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  business(ctx);
});

const cells = (line: string) => line.trim().split(/\s{2,}/);

const merged: MergedLetter = {
  subject: 'Two invoices are overdue',
  blocks: [
    { kind: 'text', text: 'Dear Łukasz,' },
    {
      kind: 'text',
      text: 'We have not yet received payment for the invoices below. If you have already paid, thank you, and please ignore this letter.',
    },
    { kind: 'invoices' },
    { kind: 'text', text: 'You can pay by bank transfer.\nPlease quote C001.' },
    { kind: 'text', text: 'Kind regards,' },
  ],
  emailBody: 'Two invoices are overdue.',
};

const invoices: LetterInvoice[] = [
  {
    id: 1,
    number: 'INV-104',
    issueDate: '2026-05-01',
    dueDate: '2026-05-31',
    total: 99_999,
    owed: 99_999,
    daysOverdue: 176,
  },
  {
    id: 2,
    number: 'INV-103',
    issueDate: '2026-08-01',
    dueDate: '2026-08-31',
    total: 30_000,
    owed: 20_000,
    daysOverdue: 84,
  },
];

function input(customerId: number, over: Partial<LetterInput> = {}): LetterInput {
  return {
    identity: loadIdentity(ctx),
    customer: customerContacts(ctx.books, [customerId]).get(customerId)!,
    merged,
    invoices,
    asOf: '2026-11-23',
    ...over,
  };
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('the reminder letter', () => {
  it('has the subject, the paragraphs in order, the invoice table with its total, and the signature', async () => {
    const c = lukasz(ctx);
    const bytes = await renderLetter(input(c.id));
    pictures(bytes, 'letter');
    const pages = pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const [page] = pages as [string];
    expect(pdfInfo(bytes).Title).toBe('Two invoices are overdue');
    expect(page).toMatch(/Date\s+23\/11\/2026/);
    expect(page).toMatch(/Our reference\s+C001/);
    const order = [
      'Two invoices are overdue',
      'Dear Łukasz,',
      'We have not yet received payment',
      'INV-104',
      'INV-103',
      'Total · 2 invoices',
      'You can pay by bank transfer.',
      'Please quote C001.',
      'Kind regards,',
      'Morwenna Treloar',
    ];
    const at = order.map((t) => page.indexOf(t));
    for (const [i, p] of at.entries()) expect(p, order[i]).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The business under the name of who signs (the letterhead has it too, above).
    expect(page.lastIndexOf('Harbour Lane Hardware')).toBeGreaterThan(page.indexOf('Morwenna Treloar'));
    expect(cells(page.split('\n').find((l) => l.includes('INV-103'))!)).toEqual([
      'INV-103',
      '01/08/2026',
      '31/08/2026',
      '£200.00',
      '84',
    ]);
    expect(cells(page.split('\n').find((l) => l.includes('Total · 2 invoices'))!)).toEqual([
      'Total · 2 invoices',
      '£1,199.99',
    ]);
    expect(page).toMatch(/Invoice\s+Invoice date\s+Due date\s+Owed\s+Days overdue/);
  });

  it('runs onto a second page with the slim header, never leaving the signature behind', async () => {
    const c = lukasz(ctx);
    const long: MergedLetter = {
      ...merged,
      blocks: [
        ...Array.from({ length: 14 }, (_, i) => ({
          kind: 'text' as const,
          text: `Paragraph ${i + 1}. We value your custom and would like to settle this kindly; a short call often clears things up, and we are happy to agree a plan that works for you.`,
        })),
        { kind: 'invoices' },
        { kind: 'text', text: 'Kind regards,' },
      ],
    };
    const bytes = await renderLetter(input(c.id, { merged: long }));
    pictures(bytes, 'letter-two-pages');
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(2);
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toMatch(/Harbour Lane Hardware\s+Łukasz Nowak Sp\. z o\.o\. \(C001\) · 23\/11\/2026/);
    expect(pages[1]).not.toContain('Custom House Quay');
    expect(pages[1]).toContain('Kind regards,');
    expect(pages[1]).toContain('Morwenna Treloar');
    for (let i = 1; i <= 14; i++) expect(pages.join('\n')).toContain(`Paragraph ${i}.`);
  });

  it('draws into a batch as sections keyed by customer, each its own "Page 1 of n"', async () => {
    const a = lukasz(ctx);
    const b = aCustomer(ctx, { ref: 'B2', name: 'Bolitho Kitchens', city: 'Truro' });
    const identity = loadIdentity(ctx);
    const { bytes, sections } = await renderSections(
      letterSetup(identity, { title: 'Reminders', footer: 'Reminders', createdAt: ctx.clock.now() }),
      [letterSection(input(a.id)), letterSection(input(b.id))],
    );
    expect(sections).toEqual([
      { key: a.id, firstPage: 1, pageCount: 1, title: 'Two invoices are overdue' },
      { key: b.id, firstPage: 2, pageCount: 1, title: 'Two invoices are overdue' },
    ]);
    const pages = pdfPages(bytes);
    expect(pages[0]).toContain('Łukasz Nowak Sp. z o.o.');
    expect(pages[1]).toContain('Bolitho Kitchens');
    for (const p of pages) expect(p).toContain('Page 1 of 1');
  });
});
