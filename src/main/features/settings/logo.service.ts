import { Buffer } from 'node:buffer';
import type { LogoDto, LogoMimeType, LogoSetInput, SettingsDto } from '../../../shared/contract/settings';
import { type Ctx, stamp } from '../../context';
import { readLogoImage } from './logo-image';
import { getSettings } from './settings.service';

// The business's logo, kept in the books (one row at most) so a backup carries it and letters print
// it on any machine. Setting or removing it also stamps the settings, as any change of them does.

export interface StoredLogo {
  mimeType: LogoMimeType;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** The logo's bytes for drawing (letters, statements); undefined when there is none. */
export function readLogo({ books }: Ctx): StoredLogo | undefined {
  const row = books.first(books.db.selectFrom('business_logo').selectAll().where('id', '=', 1));
  if (!row) return undefined;
  return { mimeType: row.mime_type, width: row.width, height: row.height, bytes: row.bytes };
}

/** The logo for the screen (a preview): its bytes as base64. */
export function getLogo(ctx: Ctx): LogoDto | null {
  const logo = readLogo(ctx);
  if (!logo) return null;
  return {
    mimeType: logo.mimeType,
    width: logo.width,
    height: logo.height,
    base64: Buffer.from(logo.bytes.buffer, logo.bytes.byteOffset, logo.bytes.byteLength).toString('base64'),
  };
}

/** Keeps a new logo in place of any earlier one, once its bytes prove it a PNG or JPEG of fair size. */
export function setLogo(ctx: Ctx, input: LogoSetInput): SettingsDto {
  const bytes = Buffer.from(input.base64, 'base64');
  const image = readLogoImage(input.fileName, bytes);
  const { books } = ctx;
  return books.transaction(() => {
    const now = stamp(ctx);
    const row = {
      id: 1,
      mime_type: image.mimeType,
      width: image.width,
      height: image.height,
      bytes,
      updated_at: now,
    };
    books.run(
      books.db
        .insertInto('business_logo')
        .values(row)
        .onConflict((c) =>
          c.column('id').doUpdateSet({
            mime_type: row.mime_type,
            width: row.width,
            height: row.height,
            bytes: row.bytes,
            updated_at: now,
          }),
        ),
    );
    books.run(books.db.updateTable('settings').set({ updated_at: now }).where('id', '=', 1));
    return getSettings(ctx);
  });
}

/** Letters print without a logo from now on. */
export function clearLogo(ctx: Ctx): SettingsDto {
  const { books } = ctx;
  return books.transaction(() => {
    const removed = books.run(books.db.deleteFrom('business_logo').where('id', '=', 1));
    if (removed.changes > 0) {
      books.run(
        books.db
          .updateTable('settings')
          .set({ updated_at: stamp(ctx) })
          .where('id', '=', 1),
      );
    }
    return getSettings(ctx);
  });
}
