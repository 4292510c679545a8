import type { Handlers } from '../../rpc/dispatch';
import { allBehaviour, customerBehaviour } from './behaviour.service';

export const behaviourHandlers = {
  'behaviour.customer': (ctx, input) => customerBehaviour(ctx, input),
  'behaviour.all': (ctx, input) => allBehaviour(ctx, input),
} satisfies Partial<Handlers>;
