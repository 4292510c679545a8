import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/contract/reports';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import { aCustomer, anInvoice, aPayment } from '../../testing/builders';

// The export as the screens ask for it: through the dispatcher, validated, a file to save back.

let dir: string;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-export-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-23'), transport: 'http' });
  await app.session.create('Corner Shop');
  const ctx = app.ctx();
  const x = aCustomer(ctx, { ref: 'X1', name: 'Xavier, "the" Baker' });
  anInvoice(ctx, x, 'I1', '2026-08-01', '2026-08-31', 10000);
  anInvoice(ctx, x, 'I2', '2026-11-20', '2026-12-20', 8050);
  aPayment(ctx, aCustomer(ctx, { ref: 'Y1', name: 'Yolanda' }), 'P1', '2026-11-01', 3000);
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exported(input: unknown): Promise<ExportedFile> {
  const result = await app.dispatch('reports.ageingExport', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as ExportedFile;
}

describe('exporting the aged receivables', () => {
  it('gives a CSV with a column per bucket, quoted where needed, and a total line', async () => {
    const file = await exported({ format: 'csv' });
    expect(file).toMatchObject({ fileName: 'Aged receivables 2026-11-23.csv', mimeType: 'text/csv' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.size).toBe(Buffer.byteLength(text));
    expect(text.split('\n')).toEqual([
      'ref,name,current,1-30,31-60,61-90,90+,credit,balance',
      'X1,"Xavier, ""the"" Baker",80.50,0.00,0.00,100.00,0.00,0.00,180.50',
      'Y1,Yolanda,0.00,0.00,0.00,0.00,0.00,30.00,-30.00',
      'TOTAL,,80.50,0.00,0.00,100.00,0.00,30.00,150.50',
      '',
    ]);
  });

  it('ages as of the date asked, with the buckets from Settings', async () => {
    await app.dispatch('settings.update', { ageingLimits: [45] });
    const file = await exported({ format: 'csv', asOf: '2026-10-15' });
    expect(file.fileName).toBe('Aged receivables 2026-10-15.csv');
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').split('\n');
    expect(lines[0]).toBe('ref,name,current,1-45,45+,credit,balance');
    // On 15 October only I1 was issued, 45 days overdue; Yolanda had not paid yet.
    expect(lines.at(-2)).toBe('TOTAL,,0.00,100.00,0.00,0.00,100.00');
  });

  it('gives a PDF, with the invoices when asked', async () => {
    await app.dispatch('settings.update', { businessName: 'Corner Shop' });
    const file = await exported({ format: 'pdf', detail: true });
    expect(file).toMatchObject({
      fileName: 'Aged receivables 2026-11-23 with invoices.pdf',
      mimeType: 'application/pdf',
    });
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Corner Shop');
    expect(text).toContain('Xavier, "the" Baker');
    expect(text).toContain('I1');
  });

  it('refuses a format it does not make', async () => {
    const result = await app.dispatch('reports.ageingExport', { format: 'xlsx' });
    expect(result.ok).toBe(false);
  });
});
