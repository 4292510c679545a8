import type { Handlers } from '../../rpc/dispatch';
import { previewDocument } from './documents.preview';

export const documentsHandlers = {
  'documents.preview': (ctx, input) => previewDocument(ctx, input),
} satisfies Partial<Handlers>;
