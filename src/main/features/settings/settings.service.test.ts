import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { SettingsDto } from '../../../shared/contract/settings';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';

// The business's identity, paper and envelope offsets, through the dispatcher as the screens send
// them: validated by the contract's schema, kept, and read back the same.

let dir: string;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-settings-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-24'), transport: 'http' });
  await app.session.create('Corner Shop');
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

describe('letters and statements settings', () => {
  it('starts with A4, no offsets, no logo and empty details in new books outside North America', async () => {
    const settings = await call<SettingsDto>('settings.get', {});
    expect(settings).toMatchObject({
      phone: '',
      email: '',
      taxNumber: '',
      paymentDetails: '',
      paper: 'a4',
      envelopeUnit: 'mm',
      envelopeOffsetMm: { x: 0, y: 0 },
      hasLogo: false,
    });
  });

  it('keeps every new field as given and reads it back the same', async () => {
    const input = {
      phone: ' 01225 123456 ',
      email: 'accounts@cornershop.co.uk',
      taxNumber: 'GB 123 4567 89',
      paymentDetails: 'Corner Shop Ltd\nSort code 12-34-56\nAccount 12345678',
      paymentReference: 'your customer number',
      paymentLink: 'cornershop.co.uk/pay',
      paper: 'letter',
      signatureName: 'Ann Baker',
      envelopeUnit: 'in',
      envelopeOffsetMm: { x: 3.2, y: -1.5 },
    };
    const saved = await call<SettingsDto>('settings.update', input);
    expect(saved).toMatchObject({ ...input, phone: '01225 123456' });
    expect(await call<SettingsDto>('settings.get', {})).toEqual(saved);
    // Only what is sent changes.
    const again = await call<SettingsDto>('settings.update', { signatureName: 'Bo Baker' });
    expect(again).toEqual({ ...saved, signatureName: 'Bo Baker' });
  });

  it('keeps offsets to a tenth of a millimetre', async () => {
    const saved = await call<SettingsDto>('settings.update', { envelopeOffsetMm: { x: 2.34, y: -1.26 } });
    expect(saved.envelopeOffsetMm).toEqual({ x: 2.3, y: -1.3 });
    // An inch typed on screen (25.4 mm) comes back as what was kept, not a long float.
    const inch = await call<SettingsDto>('settings.update', { envelopeOffsetMm: { x: 0.25 * 25.4, y: 20 } });
    expect(inch.envelopeOffsetMm).toEqual({ x: 6.4, y: 20 });
    expect((await call<SettingsDto>('settings.get', {})).envelopeOffsetMm).toEqual({ x: 6.4, y: 20 });
  });

  it('refuses an offset past 20 mm, at its field, and keeps the last good one', async () => {
    await call('settings.update', { envelopeOffsetMm: { x: 1, y: 1 } });
    const result = await app.dispatch('settings.update', { envelopeOffsetMm: { x: 1, y: -20.5 } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message: 'At most 20 mm either way.', field: 'envelopeOffsetMm.y' },
    });
    expect((await call<SettingsDto>('settings.get', {})).envelopeOffsetMm).toEqual({ x: 1, y: 1 });
  });

  it('refuses an email address that is not one, with a message at the field', async () => {
    for (const email of ['accounts', 'accounts@', 'ann baker@shop.co.uk']) {
      const result = await app.dispatch('settings.update', { email });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'validation',
          message: 'Use an email address such as accounts@yourshop.co.uk.',
          field: 'email',
        },
      });
    }
    // An empty one clears it.
    await call('settings.update', { email: 'ann@shop.co.uk' });
    expect((await call<SettingsDto>('settings.update', { email: '  ' })).email).toBe('');
  });

  it('accepts only the papers and units it knows', async () => {
    expect((await app.dispatch('settings.update', { paper: 'a5' })).ok).toBe(false);
    expect((await app.dispatch('settings.update', { envelopeUnit: 'cm' })).ok).toBe(false);
  });

  it('gives a calibration page to save, for the paper asked or the saved one', async () => {
    const a4 = await call<ExportedFile>('settings.calibrationPage', {});
    expect(a4).toMatchObject({ fileName: 'Envelope calibration A4.pdf', mimeType: 'application/pdf' });
    const bytes = Buffer.from(a4.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a4.size).toBe(bytes.length);
    const letter = await call<ExportedFile>('settings.calibrationPage', {
      paper: 'letter',
      offsetMm: { x: 1, y: 2 },
    });
    expect(letter.fileName).toBe('Envelope calibration US Letter.pdf');
    const far = await app.dispatch('settings.calibrationPage', { offsetMm: { x: 30, y: 0 } });
    expect(far).toMatchObject({ ok: false, error: { field: 'offsetMm.x' } });
  });
});
