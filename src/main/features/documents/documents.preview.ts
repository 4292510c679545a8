import type { z } from 'zod';
import type { documentPreviewInput } from '../../../shared/contract/documents';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { Ctx } from '../../context';
import { documentFileName, pdfFile } from './document-files';
import { type RenderedStatements, renderStatement } from './documents.service';

type StatementInput = z.output<typeof documentPreviewInput>;

/**
 * One customer's statement as a file, and what was drawn: what the preview shows and what saving,
 * printing or emailing it keeps ("Statement C001 2026-11-23.pdf").
 */
export async function statementFile(
  ctx: Ctx,
  input: StatementInput,
): Promise<{ file: ExportedFile; rendered: RenderedStatements }> {
  const rendered = await renderStatement(ctx, {
    kind: input.kind,
    customerId: input.customerId,
    ...(input.asOf ? { asOf: input.asOf } : {}),
    ...(input.from ? { from: input.from } : {}),
  });
  const ref = rendered.parts[0]?.statement.customer.ref ?? String(input.customerId);
  const { asOf, from } = rendered;
  const fileName = documentFileName({ kind: input.kind, ref, asOf, from });
  return { file: pdfFile(fileName, rendered.bytes), rendered };
}

export async function previewDocument(ctx: Ctx, input: StatementInput): Promise<ExportedFile> {
  return (await statementFile(ctx, input)).file;
}
