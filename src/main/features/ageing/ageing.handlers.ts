import type { Handlers } from '../../rpc/dispatch';
import { ageingReport } from './ageing.service';

export const ageingHandlers = {
  'ageing.report': (ctx, { asOf }) => ageingReport(ctx, asOf),
} satisfies Partial<Handlers>;
