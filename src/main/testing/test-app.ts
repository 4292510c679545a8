import { fixedClock, type IsoDate } from '../../shared/dates';
import type { Ctx } from '../context';
import { MEMORY, openBooks } from '../db/books';

/** A fresh in-memory books file with the real migrations and a fixed "today". */
export async function createTestCtx(today: IsoDate = '2026-11-23'): Promise<Ctx> {
  const books = await openBooks(MEMORY);
  return { books, clock: fixedClock(today) };
}
