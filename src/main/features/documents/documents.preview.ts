import { Buffer } from 'node:buffer';
import type { z } from 'zod';
import type { documentPreviewInput } from '../../../shared/contract/documents';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { Ctx } from '../../context';
import { renderStatement } from './documents.service';

/** One customer's statement as a file to show or save: "Statement C001 2026-11-23.pdf". */
export async function previewDocument(
  ctx: Ctx,
  input: z.output<typeof documentPreviewInput>,
): Promise<ExportedFile> {
  const rendered = await renderStatement(ctx, {
    kind: input.kind,
    customerId: input.customerId,
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(input.from ? { from: input.from } : {}),
  });
  const ref = rendered.parts[0]?.statement.customer.ref ?? String(input.customerId);
  const what =
    input.kind === 'activity'
      ? `Account activity ${safe(ref)} ${rendered.from} to`
      : `Statement ${safe(ref)}`;
  const bytes = Buffer.from(rendered.bytes.buffer, rendered.bytes.byteOffset, rendered.bytes.byteLength);
  return {
    fileName: `${what} ${rendered.asOf}.pdf`,
    mimeType: 'application/pdf',
    base64: bytes.toString('base64'),
    size: bytes.length,
  };
}

/** A customer reference as part of a file name: no characters a file system refuses. */
function safe(text: string): string {
  return text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').trim();
}
