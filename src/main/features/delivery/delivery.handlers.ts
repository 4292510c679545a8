import type { Handlers } from '../../rpc/dispatch';
import { pdfFile } from '../documents/document-files';
import { customerDocuments, documentFile } from './document-history';

export const deliveryHandlers = {
  'documents.history': (ctx, input) => customerDocuments(ctx, input.customerId),
  'documents.reopen': (ctx, input) => {
    const { fileName, bytes } = documentFile(ctx, input.documentId);
    return pdfFile(fileName, bytes);
  },
} satisfies Partial<Handlers>;
