import { parseArgs } from 'node:util';
import { openBooks } from '../../main/db/books';
import { createDemoShop } from '../../main/features/demo/demo.service';
import { formatMoney } from '../../shared/money';
import { type CliIO, clockFrom, oneOf, requireDb, resolvePath, UsageError } from '../io';

export const demoHelp = `duly demo --db FILE [--size small|large] [--seed N]

  Fills new, empty books with a realistic demo shop: prompt, late, chronically late and a few bad
  payers; partial, unreferenced and over-payments. small: two years; large: ten years,
  about 5,000 customers and 200,000 invoices.`;

export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  const size = oneOf(values.size, ['small', 'large'] as const, '--size', 'small');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed))
    throw new UsageError('--seed must be a whole number.');
  const books = await openBooks(resolvePath(io, requireDb(values.db)));
  try {
    const started = performance.now();
    let lastPhase = '';
    const summary = createDemoShop(
      { books, clock: clockFrom(values.today) },
      {
        size,
        ...(seed !== undefined ? { seed } : {}),
        onProgress: (p) => {
          if (io.interactive && p.phase !== lastPhase)
            io.err(`${p.phase[0]!.toUpperCase()}${p.phase.slice(1)}…\n`);
          lastPhase = p.phase;
        },
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Created a ${size} demo shop in ${seconds} s: ${summary.customers} customers, ${summary.invoices} invoices, ` +
        `${summary.payments} payments and ${summary.creditNotes} credit notes from ${summary.from} to ${summary.to}; ` +
        `${formatMoney(summary.openNow, 'GBP', 'en-GB')} open today.\n`,
    );
    return 0;
  } finally {
    books.close();
  }
}
