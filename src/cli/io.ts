import path from 'node:path';
import { type Clock, fixedClock, type IsoDate, isIsoDate, systemClock } from '../shared/dates';
import { DulyError } from '../shared/errors';

/** Where the command line writes, and where relative paths start: injected so tests run in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether progress lines are wanted (a terminal, not a pipe). */
  interactive: boolean;
}

export class UsageError extends Error {}

export const resolvePath = (io: CliIO, file: string): string => path.resolve(io.cwd, file);

export function clockFrom(today: string | undefined): Clock {
  if (today === undefined) return systemClock;
  try {
    return fixedClock(today);
  } catch {
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}".`);
  }
}

/** --as-of, or today by the clock when left out. */
export function asOfFrom(value: string | undefined, clock: Clock): IsoDate {
  const asOf = value ?? clock.today();
  if (!isIsoDate(asOf))
    throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not "${asOf}".`);
  return asOf;
}

export function requireDb(db: string | undefined): string {
  if (!db) throw new UsageError('Say which books file to use with --db FILE.');
  return db;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}

export function isDulyError(e: unknown): e is DulyError {
  return e instanceof DulyError;
}
