import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/contract/reports';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { hasPoppler, NO_POPPLER, pdfPages } from '../../pdf/testing/poppler';
import { BUSINESS, lukasz } from './documents.fixture';

// The preview as a screen asks for it: through the dispatcher, validated, a PDF to show or save.

let dir: string;
let app: ReturnType<typeof createApp>;
let customerId: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-documents-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.create('Corner Shop');
  await app.dispatch('settings.update', BUSINESS);
  customerId = lukasz(app.ctx()).id;
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function preview(input: unknown): Promise<ExportedFile> {
  const result = await app.dispatch('documents.preview', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ExportedFile;
}

if (!hasPoppler) it.skip(NO_POPPLER, () => {});

describe.skipIf(!hasPoppler)('documents.preview', () => {
  it('gives a customer’s open-item statement as of today, or of the date asked', async () => {
    const file = await preview({ customerId, kind: 'statement' });
    expect(file).toMatchObject({ fileName: 'Statement C001 2026-11-23.pdf', mimeType: 'application/pdf' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(file.size).toBe(bytes.length);
    expect(pdfPages(bytes).join('\n')).toMatch(/Balance due\s+£1,732\.65/);
    const past = await preview({ customerId, kind: 'statement', asOf: '2026-09-01' });
    expect(past.fileName).toBe('Statement C001 2026-09-01.pdf');
  });

  it('gives an activity statement for a period, from the first of last month when not told', async () => {
    const file = await preview({ customerId, kind: 'activity' });
    expect(file.fileName).toBe('Account activity C001 2026-10-01 to 2026-11-23.pdf');
    expect(pdfPages(Buffer.from(file.base64, 'base64')).join('\n')).toContain(
      'From 01/10/2026 to 23/11/2026',
    );
    const chosen = await preview({ customerId, kind: 'activity', from: '2026-01-01', asOf: '2026-06-30' });
    expect(chosen.fileName).toBe('Account activity C001 2026-01-01 to 2026-06-30.pdf');
  });

  it('refuses an unknown customer, a period backwards, and a kind it does not make', async () => {
    expect(await app.dispatch('documents.preview', { customerId: 999, kind: 'statement' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'customerId' },
    });
    expect(
      await app.dispatch('documents.preview', {
        customerId,
        kind: 'activity',
        from: '2026-11-01',
        asOf: '2026-10-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', field: 'from' } });
    // Without asOf the period ends today: a start after today is refused by the service.
    expect(
      await app.dispatch('documents.preview', { customerId, kind: 'activity', from: '2026-12-01' }),
    ).toMatchObject({ ok: false, error: { code: 'validation', field: 'from' } });
    expect(await app.dispatch('documents.preview', { customerId, kind: 'letter' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
