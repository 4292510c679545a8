import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogoDto, SettingsDto } from '../../../shared/contract/settings';
import { fixedClock } from '../../../shared/dates';
import type { Result } from '../../../shared/errors';
import { createApp } from '../../app';
import { readLogo } from './logo.service';

// The logo as the screen sends it (a file's name and its bytes in base64), through the dispatcher:
// told a PNG or a JPEG by its bytes, measured, kept in the books, read back, removed.

const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures');
const png = fs.readFileSync(path.join(fixtures, 'logo.png'));
const jpeg = fs.readFileSync(path.join(fixtures, 'logo.jpg'));

let dir: string;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-logo-'));
  app = createApp({ userDataDir: dir, clock: fixedClock('2026-11-24'), transport: 'http' });
  await app.session.create('Corner Shop');
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const send = (fileName: string, bytes: Uint8Array) =>
  app.dispatch('settings.logoSet', { fileName, base64: Buffer.from(bytes).toString('base64') });

async function ok<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data as T;
}

async function refusal(result: Promise<Result<unknown>>): Promise<string> {
  const r = await result;
  if (r.ok) throw new Error('expected a refusal');
  return r.error.message;
}

/** A PNG made here, of any size, with real image data (one colour). */
function makePng(width: number, height: number, damage = false): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  let data = zlib.deflateSync(Buffer.alloc(height * (1 + width * 3), 0x7f));
  if (damage) data = Buffer.concat([data.subarray(0, 4), Buffer.alloc(12, 0xee)]);
  return Buffer.concat([
    png.subarray(0, 8),
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the logo', () => {
  it('keeps a PNG with its size in pixels, and gives it back', async () => {
    expect(await ok(app.dispatch('settings.logo', {}))).toBeNull();
    const settings = await ok<SettingsDto>(send('logo.png', png));
    expect(settings.hasLogo).toBe(true);
    const logo = await ok<LogoDto>(app.dispatch('settings.logo', {}));
    expect(logo).toEqual({ mimeType: 'image/png', width: 96, height: 32, base64: png.toString('base64') });
    expect(Buffer.from(readLogo(app.ctx())!.bytes).equals(png)).toBe(true);
  });

  it('keeps a JPEG, in place of the logo before', async () => {
    await ok(send('logo.png', png));
    await ok(send('Logo FINAL.jpeg', jpeg));
    const logo = await ok<LogoDto>(app.dispatch('settings.logo', {}));
    expect(logo).toMatchObject({ mimeType: 'image/jpeg', width: 192, height: 64 });
    expect(app.ctx().books.sqlite.prepare('SELECT count(*) AS n FROM business_logo').get()).toEqual({ n: 1 });
  });

  it('goes by the bytes, not the name', async () => {
    // A PNG saved with a .jpg name is still a PNG.
    await ok(send('logo.jpg', png));
    expect((await ok<LogoDto>(app.dispatch('settings.logo', {}))).mimeType).toBe('image/png');
    // A GIF called .png is refused, by name, saying what it is.
    const gif = Buffer.from('GIF89a\x60\x00\x20\x00\x80\x00\x00', 'latin1');
    expect(await refusal(send('shop.png', gif))).toBe(
      '“shop.png” is a GIF image; choose a PNG or JPEG file (save it as PNG from any image program).',
    );
    expect(await refusal(send('notes.png', Buffer.from('just some words')))).toBe(
      '“notes.png” is not a PNG or JPEG image; choose a PNG or JPEG file.',
    );
    // The refused files left the PNG in place.
    expect((await ok<LogoDto>(app.dispatch('settings.logo', {}))).mimeType).toBe('image/png');
  });

  it('refuses a file over 1 MB, saying how large it is', async () => {
    const large = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    expect(await refusal(send('huge logo.png', large))).toBe(
      '“huge logo.png” is 1.0 MB; a logo can be at most 1 MB. Save it smaller (a logo prints well at 1000 pixels wide) and choose it again.',
    );
    // A little under 1 MB is fine (here padding after the image's end).
    await ok(send('large logo.png', Buffer.concat([png, Buffer.alloc(1024 * 1024 - png.length)])));
  });

  it('refuses a damaged image, and one far too many pixels wide', async () => {
    expect(await refusal(send('cut.png', png.subarray(0, 60)))).toBe(
      '“cut.png” looks like a PNG image but is damaged; choose another copy.',
    );
    expect(await refusal(send('broken.png', makePng(10, 10, true)))).toBe(
      '“broken.png” looks like a PNG image but is damaged; choose another copy.',
    );
    expect(await refusal(send('cut.jpg', jpeg.subarray(0, 4)))).toBe(
      '“cut.jpg” looks like a JPEG image but is damaged; choose another copy.',
    );
    expect(await refusal(send('banner.png', makePng(4001, 10)))).toBe(
      '“banner.png” is 4001 × 10 pixels; a logo can be at most 4000 pixels wide and high. Save it smaller (a logo prints well at 1000 pixels wide) and choose it again.',
    );
    expect(await ok<SettingsDto>(send('fine.png', makePng(4000, 10)))).toMatchObject({ hasLogo: true });
  });

  it('refuses an empty file and bytes that are not base64', async () => {
    expect(await refusal(send('empty.png', Buffer.alloc(0)))).toBe(
      '“empty.png” is empty; choose the logo file again.',
    );
    expect(
      await refusal(app.dispatch('settings.logoSet', { fileName: 'x.png', base64: 'not base64!' })),
    ).toBe('The file did not arrive whole; please choose it again.');
  });

  it('is removed, and removing none is no harm', async () => {
    await ok(send('logo.png', png));
    expect(await ok<SettingsDto>(app.dispatch('settings.logoClear', {}))).toMatchObject({ hasLogo: false });
    expect(await ok(app.dispatch('settings.logo', {}))).toBeNull();
    expect(await ok<SettingsDto>(app.dispatch('settings.logoClear', {}))).toMatchObject({ hasLogo: false });
  });
});
