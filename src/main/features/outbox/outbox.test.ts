import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/contract/delivery';
import type { ProducedDocument } from '../../../shared/contract/outbox';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { TemplatePreview } from '../../../shared/contract/templates';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { hasPoppler, NO_POPPLER, pdfPages } from '../../pdf/testing/poppler';
import { aCustomer, anInvoice } from '../../testing/builders';
import { BUSINESS, lukasz } from '../documents/documents.fixture';

// Letters and statements as the customer page asks for them, through the dispatcher on real books:
// every document produced lands on the history, and the history gives back the very same bytes.

let dir: string;
let app: ReturnType<typeof createApp>;
let customerId: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-outbox-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.create('Corner Shop');
  await app.dispatch('settings.update', BUSINESS);
  customerId = lukasz(app.ctx()).id;
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: 'documents.produce' | 'documents.letterPreview', input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}
const bytesOf = (f: ExportedFile | { base64: string }) => Buffer.from(f.base64, 'base64');
async function history(id = customerId): Promise<DocumentSummary[]> {
  const result = await app.dispatch('documents.history', { customerId: id });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as DocumentSummary[];
}
async function mergedFor(key: string): Promise<TemplatePreview> {
  const result = await app.dispatch('templates.preview', { key, customerId });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as TemplatePreview;
}

describe('documents.produce', () => {
  it('records every document with its invoices and amount, and reopens the same bytes', async () => {
    const statement = await call<ProducedDocument>('documents.produce', {
      customerId,
      kind: 'statement',
      via: 'pdf',
    });
    expect(statement.file.fileName).toBe('Statement C001 2026-11-23.pdf');
    expect(statement.document).toMatchObject({
      kind: 'statement',
      tone: null,
      via: 'pdf',
      asOf: '2026-11-23',
      amountDue: 173_265,
      currency: 'GBP',
      invoiceCount: 4,
    });
    const letter = await call<ProducedDocument>('documents.produce', {
      customerId,
      kind: 'letter',
      tone: 'friendly',
      via: 'print',
    });
    // The overdue ones only: INV-102, INV-103 (part paid), INV-104.
    expect(letter.document).toMatchObject({
      kind: 'letter',
      tone: 'friendly',
      via: 'print',
      invoiceCount: 3,
    });
    expect(letter.document.amountDue).toBe(45_050 + 20_000 + 99_999);
    const activity = await call<ProducedDocument>('documents.produce', {
      customerId,
      kind: 'activity',
      from: '2026-06-01',
      via: 'pdf',
    });
    expect(activity.document).toMatchObject({
      kind: 'activity',
      periodFrom: '2026-06-01',
      amountDue: 173_265,
    });

    expect((await history()).map((d) => d.id)).toEqual(
      [activity, letter, statement].map((p) => p.document.id),
    );
    for (const produced of [statement, letter, activity]) {
      const again = await app.dispatch('documents.reopen', { documentId: produced.document.id });
      if (!again.ok) throw new Error(again.error.message);
      expect(Buffer.compare(bytesOf(again.data as ExportedFile), bytesOf(produced.file))).toBe(0);
    }
  });

  it('as an email: a draft to the customer from the business, with the tone’s words and the PDF', async () => {
    const produced = await call<ProducedDocument>('documents.produce', {
      customerId,
      kind: 'letter',
      tone: 'firm',
      via: 'email',
    });
    expect(produced.document.via).toBe('email');
    expect(produced.eml?.mimeType).toBe('message/rfc822');
    expect(produced.eml?.fileName).toMatch(/\.eml$/);
    const mail = await simpleParser(bytesOf(produced.eml!));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]).toEqual({
      name: 'Łukasz Nowak',
      address: 'lukasz@example.org',
    });
    expect(mail.from?.value[0]).toEqual({ name: BUSINESS.businessName, address: BUSINESS.email });
    const template = await mergedFor('firm');
    expect(mail.subject).toBe(template.merged.subject);
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(template.merged.emailBody.trim());
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.filename).toBe(produced.file.fileName);
    expect(Buffer.compare(mail.attachments[0]!.content, bytesOf(produced.file))).toBe(0);
  });

  it('a statement by email carries the cover note’s words', async () => {
    const produced = await call<ProducedDocument>('documents.produce', {
      customerId,
      kind: 'statement',
      via: 'email',
    });
    const mail = await simpleParser(bytesOf(produced.eml!));
    expect(mail.subject).toBe((await mergedFor('statement')).merged.subject);
  });

  it('refuses an email to a customer without an address, naming them, and records nothing', async () => {
    const ctx = app.ctx();
    const silent = aCustomer(ctx, { ref: 'NE1', name: 'Penhale Plumbing' });
    anInvoice(ctx, silent, 'PP-1', '2026-09-01', '2026-10-01', 5_000);
    const result = await app.dispatch('documents.produce', {
      customerId: silent.id,
      kind: 'statement',
      via: 'email',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!result.ok && result.error.message).toContain('Penhale Plumbing has no email address');
    expect(await history(silent.id)).toEqual([]);
    // Saving the PDF still works.
    const saved = await app.dispatch('documents.produce', {
      customerId: silent.id,
      kind: 'statement',
      via: 'pdf',
    });
    expect(saved.ok).toBe(true);
  });

  it('refuses a letter without a tone, a tone on a statement, and an unknown customer', async () => {
    for (const input of [
      { customerId, kind: 'letter', via: 'pdf' },
      { customerId, kind: 'statement', tone: 'firm', via: 'pdf' },
      { customerId: 999, kind: 'statement', via: 'pdf' },
      { customerId, kind: 'letter', tone: 'firm', via: 'fax' },
    ]) {
      const result = await app.dispatch('documents.produce', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    expect(await history()).toEqual([]);
  });
});

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('documents.letterPreview', () => {
  it('draws the letter in the tone asked, about the invoices that tone is about', async () => {
    const friendly = await call<ExportedFile>('documents.letterPreview', { customerId, tone: 'friendly' });
    expect(friendly.fileName).toBe('Friendly reminder C001 2026-11-23.pdf');
    const text = pdfPages(bytesOf(friendly)).join('\n');
    expect(text).toContain('INV-104');
    expect(text).not.toContain('INV-101');
    const courtesy = await call<ExportedFile>('documents.letterPreview', { customerId, tone: 'courtesy' });
    const early = pdfPages(bytesOf(courtesy)).join('\n');
    expect(early).toContain('INV-101');
    expect(early).not.toContain('INV-104');
    // A preview is not a document sent: nothing on the history.
    expect(await history()).toEqual([]);
  });

  it('says plainly when a customer has nothing overdue', async () => {
    const ctx = app.ctx();
    const tidy = aCustomer(ctx, { ref: 'T1', name: 'Trelawney Tiles' });
    anInvoice(ctx, tidy, 'TT-1', '2026-11-20', '2026-12-20', 5_000);
    for (const tone of ['friendly', 'firm', 'final']) {
      const result = await app.dispatch('documents.letterPreview', { customerId: tidy.id, tone });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(!result.ok && result.error.message).toBe(
        'Trelawney Tiles has nothing overdue on 23/11/2026, so there is no reminder to send.',
      );
    }
    expect(
      (await app.dispatch('documents.letterPreview', { customerId: tidy.id, tone: 'courtesy' })).ok,
    ).toBe(true);
  });
});
