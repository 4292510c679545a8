import { type Channel, contract, isChannel, type OutputOf, type ParsedInputOf } from '../../shared/contract';
import { DulyError, type ErrorData, type Result } from '../../shared/errors';
import type { Ctx } from '../context';

export type Handlers = { [C in Channel]: (ctx: Ctx, input: ParsedInputOf<C>) => OutputOf<C> };

/**
 * The one door into main, for every transport: find the handler, validate the input with the
 * channel's schema, call, and wrap the outcome. Nothing unvalidated reaches a service, and
 * nothing but the { ok, data } / { ok: false, error } envelope leaves.
 */
export function createDispatcher(
  ctx: () => Ctx,
  handlers: Handlers,
  log: (e: unknown) => void = console.error,
) {
  return async function dispatch(channelName: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannel(channelName)) {
      return {
        ok: false,
        error: { code: 'not_found', message: `There is no channel named ${channelName}.` },
      };
    }
    const parsed = contract[channelName].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const error: ErrorData = { code: 'validation', message: issue?.message ?? 'The input is not valid.' };
      const field = issue?.path.map(String).join('.');
      if (field) error.field = field;
      return { ok: false, error };
    }
    try {
      const handler = handlers[channelName] as (ctx: Ctx, input: unknown) => unknown;
      return { ok: true, data: await handler(ctx(), parsed.data) };
    } catch (e) {
      if (e instanceof DulyError) return { ok: false, error: e.toData() };
      log(e);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside Duly; nothing was saved.' },
      };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
