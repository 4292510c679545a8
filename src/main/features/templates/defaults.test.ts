import { beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATE_KEYS, type TemplateKey } from '../../../shared/contract/templates';
import type { Ctx } from '../../context';
import { createTestCtx } from '../../testing/test-app';
import { updateSettings } from '../settings/settings.service';
import { DEFAULT_TEMPLATES } from './defaults';
import { parseTemplate } from './merge-engine';
import { harbourBakery } from './templates.fixture';
import { mergeLetter } from './templates.service';

// Duly's own wording, merged for the hand-made customer: every field known, nothing left unfilled,
// each letter in its own tone, and nothing the owner's policy does not back.

let ctx: Ctx;
let customerId: number;
beforeEach(async () => {
  ctx = await createTestCtx('2026-11-23');
  customerId = harbourBakery(ctx).id;
});

/** The whole letter as one text: subject, paragraphs (the table as a marker), email. */
function read(key: TemplateKey): string {
  const { merged } = mergeLetter(ctx, key, customerId);
  const body = merged.blocks.map((b) => (b.kind === 'text' ? b.text : '[invoices]')).join('\n\n');
  return `${merged.subject}\n\n${body}\n\n---\n\n${merged.emailBody}`;
}

describe('the default templates', () => {
  it('name only fields Duly knows', () => {
    for (const key of TEMPLATE_KEYS) {
      expect(parseTemplate(DEFAULT_TEMPLATES[key]).problems, key).toEqual([]);
    }
  });

  it('merge with nothing left unfilled, and the table where the letter lists invoices', () => {
    for (const key of TEMPLATE_KEYS) {
      const text = read(key);
      expect(text, key).not.toMatch(/\{|\}/);
      expect(text, key).toContain('Dear Ann Baker,');
      // The letter ends at the closing (the printed letter adds room to sign, who signs and the
      // business); the email signs off itself.
      const { merged } = mergeLetter(ctx, key, customerId);
      expect(merged.blocks.at(-1), key).toEqual({ kind: 'text', text: 'Kind regards,' });
      expect(merged.emailBody, key).toMatch(/\n\nKind regards,\nSam Taylor$/);
      // No payment link is set: its line is left out, not printed half-empty.
      expect(text, key).not.toMatch(/pay online/i);
    }
    for (const key of ['courtesy', 'friendly', 'firm', 'final'] as const) {
      expect(mergeLetter(ctx, key, customerId).merged.blocks, key).toContainEqual({ kind: 'invoices' });
    }
  });

  it('promise nothing the owner has not decided: no interest, fees, courts or agencies', () => {
    for (const key of TEMPLATE_KEYS) {
      const { subject, body, emailBody } = DEFAULT_TEMPLATES[key];
      expect(`${subject}\n${body}\n${emailBody}`, key).not.toMatch(
        /interest|fee|charge|court|legal|solicitor|agenc|collector|credit|stop|suspend|penalt/i,
      );
    }
  });

  it('courtesy: a heads-up about what falls due soon, not a reminder of anything late', () => {
    const text = read('courtesy');
    expect(text).toMatch(/^A friendly heads-up: £90\.50 due soon/);
    expect(text).toContain('£90.50 on your account falls due soon, from 23/11/2026');
    expect(text).not.toMatch(/overdue|late|past its due/i);
  });

  it('friendly: assumes it was missed', () => {
    const text = read('friendly');
    expect(text).toMatch(/^A gentle reminder: £120\.00 now due/);
    expect(text).toContain('the oldest invoice was due on 31/08/2026');
    expect(text).toContain('easily missed');
    expect(text).toContain('If you have already paid, thank you');
    expect(text).not.toMatch(/final|must/i);
  });

  it('firm: states the terms and the next step', () => {
    const text = read('firm');
    expect(text).toMatch(/^Overdue payment: £120\.00, now 84 days late/);
    expect(text).toContain('Our terms are payment by the due date shown on each invoice.');
    expect(text).toContain('Please pay the full amount now.');
    expect(text).toContain('please contact us by 30/11/2026');
  });

  it('final: what happens and by when, seven days from today', () => {
    const text = read('final');
    expect(text).toMatch(/^Final notice: please pay £120\.00 by 30\/11\/2026/);
    expect(text).toContain('Please pay the full amount by 30/11/2026.');
    expect(text).toContain('by 30/11/2026, we will review your account and decide what to do next.');
    expect(text).toContain('84 days ago');
  });

  it('statement: the cover note says what the statement shows', () => {
    const text = read('statement');
    expect(text).toMatch(/^Your statement of account, 23\/11\/2026/);
    expect(text).toContain('It shows £210.50 open on your account.');
    expect(mergeLetter(ctx, 'statement', customerId).merged.blocks).not.toContainEqual({ kind: 'invoices' });
  });

  it('keep the email short: the letter travels as the attachment', () => {
    for (const key of TEMPLATE_KEYS) {
      expect(mergeLetter(ctx, key, customerId).merged.emailBody.length, key).toBeLessThan(500);
    }
  });

  it('say how to pay only with what Settings holds', () => {
    expect(read('friendly')).toContain(
      'Payment details: Sort code 20-00-00, account 12345678\nReference to quote: your customer number',
    );
    updateSettings(ctx, { paymentDetails: '', paymentReference: '', paymentLink: 'https://pay.example/cs' });
    const text = read('friendly');
    expect(text).not.toContain('Payment details');
    expect(text).toContain('Pay online: https://pay.example/cs');
  });
});
