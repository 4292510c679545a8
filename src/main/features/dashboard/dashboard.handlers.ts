import type { Handlers } from '../../rpc/dispatch';
import { dashboard } from './dashboard.service';
import { drill } from './drill';

export const dashboardHandlers = {
  'dashboard.summary': (ctx, input) => dashboard(ctx, input),
  'dashboard.drill': (ctx, input) => drill(ctx, input),
} satisfies Partial<Handlers>;
