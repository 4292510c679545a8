import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS, type LogoMimeType } from '../../../shared/contract/settings';
import { DulyError } from '../../../shared/errors';

// What a logo file really is, from its bytes: a PNG or a JPEG by their signatures, whatever the file is
// called. Its size in pixels comes from pdfkit's own reading of the header (the very reader that will
// draw it on letters, so what is accepted here prints there), turned as a camera's orientation tag
// turns it. A PNG's image data is also unpacked once, so a damaged file is refused now rather than
// failing later in the middle of a batch of letters.

export interface LogoImage {
  mimeType: LogoMimeType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG or JPEG by the first bytes; undefined for anything else. */
function sniffImageType(bytes: Uint8Array): LogoMimeType | undefined {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** The usual names of other image kinds, so the message says what the file is. */
function otherKind(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'a WebP image';
  if (head.startsWith('BM')) return 'a BMP image';
  if (head.slice(4, 12) === 'ftypheic' || head.slice(4, 12) === 'ftypmif1') return 'a HEIC photo';
  if (head.startsWith('%PDF')) return 'a PDF';
  if (/^\s*<(\?xml|svg)/i.test(head)) return 'an SVG drawing';
  return undefined;
}

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Reads and checks a logo file; a DulyError naming the file says what is wrong otherwise. */
export function readLogoImage(fileName: string, bytes: Uint8Array): LogoImage {
  const refuse = (message: string) => new DulyError('validation', message, { field: 'logo' });
  if (bytes.length === 0) throw refuse(`“${fileName}” is empty; choose the logo file again.`);
  if (bytes.length > LOGO_MAX_BYTES) {
    throw refuse(
      `“${fileName}” is ${megabytes(bytes.length)}; a logo can be at most 1 MB. Save it smaller (a logo prints well at 1000 pixels wide) and choose it again.`,
    );
  }
  const mimeType = sniffImageType(bytes);
  if (!mimeType) {
    const kind = otherKind(bytes);
    throw refuse(
      `“${fileName}” is ${kind ?? 'not a PNG or JPEG image'}; choose a PNG or JPEG file${kind ? ' (save it as PNG from any image program)' : ''}.`,
    );
  }
  const kind = mimeType === 'image/png' ? 'PNG' : 'JPEG';
  const damaged = refuse(`“${fileName}” looks like a ${kind} image but is damaged; choose another copy.`);
  let image: { width: number; height: number; orientation?: number; imgData?: Uint8Array };
  try {
    // pdfkit's reader, on a document that is never written; its image object knows the size.
    const doc = new PDFDocument({ autoFirstPage: false });
    image = (doc as unknown as { openImage(src: Buffer): typeof image }).openImage(Buffer.from(bytes));
  } catch {
    throw damaged;
  }
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) throw damaged;
  if (width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS) {
    throw refuse(
      `“${fileName}” is ${width} × ${height} pixels; a logo can be at most ${LOGO_MAX_PIXELS} pixels wide and high. Save it smaller (a logo prints well at 1000 pixels wide) and choose it again.`,
    );
  }
  if (mimeType === 'image/png' && !inflates(image.imgData, width, height)) throw damaged;
  // Orientations 5 to 8 turn the picture a quarter: pdfkit draws it turned, so it is as wide as it is high.
  const turned = (image.orientation ?? 1) > 4;
  return { mimeType, width: turned ? height : width, height: turned ? width : height };
}

/**
 * Whether a PNG's image data unpacks, to no more than its pixels could need (16-bit RGBA, and a filter
 * byte per row of each of the seven passes of an interlaced file), so a small file cannot unpack huge.
 */
function inflates(data: Uint8Array | undefined, width: number, height: number): boolean {
  if (!data || data.length === 0) return false;
  try {
    const unpacked = zlib.inflateSync(data, { maxOutputLength: height * (width * 8 + 8) + 1024 });
    return unpacked.length > 0;
  } catch {
    return false;
  }
}
