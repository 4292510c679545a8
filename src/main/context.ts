import type { Clock } from '../shared/dates';
import type { Books } from './db/books';

/** What every service receives: the open books and the clock. No globals, no singletons. */
export interface Ctx {
  books: Books;
  clock: Clock;
}

/** A timestamp for created_at/updated_at columns, from the injected clock. */
export const stamp = (ctx: Ctx): string => ctx.clock.now().toISOString();
