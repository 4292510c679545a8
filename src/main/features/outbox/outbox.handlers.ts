import type { Handlers } from '../../rpc/dispatch';
import type { Host } from '../../session/host';
import { handOffHost } from '../delivery/hand-off';
import { handOffProduced } from './outbox.hand-off';
import { previewLetter, produceDocument } from './outbox.service';

// documents.produce may also hand the document to the system (desktop only), so these take the host.

export function outboxHandlers({ host }: { host: Host }) {
  return {
    'documents.letterPreview': (ctx, input) => previewLetter(ctx, input),
    'documents.produce': async (ctx, input) => {
      // Refused before anything is drawn or recorded: browser mode downloads instead.
      const handing = input.handOff ? handOffHost(host) : undefined;
      const produced = await produceDocument(ctx, input);
      return handing ? handOffProduced(handing, produced, input.via) : produced;
    },
  } satisfies Partial<Handlers>;
}
