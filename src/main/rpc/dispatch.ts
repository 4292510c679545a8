import { type Channel, contract, isChannel, type OutputOf, type ParsedInputOf } from '../../shared/contract';
import { DulyError, type ErrorData, type Result } from '../../shared/errors';
import type { Ctx } from '../context';

type Answer<C extends Channel> = OutputOf<C> | Promise<OutputOf<C>>;

/** A channel that works on the open books: it gets their context. */
export type BooksHandler<C extends Channel> = (ctx: Ctx, input: ParsedInputOf<C>) => Answer<C>;
/** A channel that works without open books (choosing, opening and backing up books; jobs). */
export type FreeHandler<C extends Channel> = (input: ParsedInputOf<C>) => Answer<C>;

export type Handlers = { [C in Channel]: BooksHandler<C> };
export type FreeHandlers = { [C in Channel]: FreeHandler<C> };

export type Route =
  | { needsBooks: true; run: BooksHandler<Channel> }
  | { needsBooks: false; run: FreeHandler<Channel> };
export type Routes = Record<Channel, Route>;

/**
 * The one door into main, for every transport: find the handler, validate the input with the
 * channel's schema, call, and wrap the outcome. Nothing unvalidated reaches a service, and
 * nothing but the { ok, data } / { ok: false, error } envelope leaves.
 */
export function createDispatcher(routes: Routes, ctx: () => Ctx, log: (e: unknown) => void = console.error) {
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
      const route = routes[channelName];
      const data = route.needsBooks
        ? await route.run(ctx(), parsed.data as never)
        : await route.run(parsed.data as never);
      return { ok: true, data };
    } catch (e) {
      if (e instanceof DulyError) return { ok: false, error: e.toData() };
      if ((e as { code?: string })?.code === 'SQLITE_BUSY') {
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: 'Duly is busy writing to the books (an import, say); try again when it has finished.',
          },
        };
      }
      log(e);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside Duly; nothing was saved.' },
      };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
