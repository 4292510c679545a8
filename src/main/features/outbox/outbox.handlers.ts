import type { Handlers } from '../../rpc/dispatch';
import { previewLetter, produceDocument } from './outbox.service';

export const outboxHandlers = {
  'documents.letterPreview': (ctx, input) => previewLetter(ctx, input),
  'documents.produce': (ctx, input) => produceDocument(ctx, input),
} satisfies Partial<Handlers>;
