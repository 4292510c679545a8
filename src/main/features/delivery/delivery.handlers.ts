import { Buffer } from 'node:buffer';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { Handlers } from '../../rpc/dispatch';
import { customerDocuments, documentFile } from './document-history';

export const deliveryHandlers = {
  'documents.history': (ctx, input) => customerDocuments(ctx, input.customerId),
  'documents.reopen': (ctx, input): ExportedFile => {
    const { fileName, bytes } = documentFile(ctx, input.documentId);
    return {
      fileName,
      mimeType: 'application/pdf',
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      size: bytes.byteLength,
    };
  },
} satisfies Partial<Handlers>;
