import { parseArgs } from 'node:util';
import type { Books } from '../../main/db/books';
import { openBooks } from '../../main/db/books';
import { selectionFor } from '../../main/features/batch/candidates';
import { builtWorkerFile } from '../../main/features/batch/parallel';
import type { BatchRequest } from '../../main/features/batch/plan';
import { JobRunner } from '../../main/jobs/job-runner';
import { createEventHub } from '../../main/session/event-hub';
import type { BatchKind, BatchResult } from '../../shared/contract/batch';
import { JOB_EVENT } from '../../shared/contract/events';
import type { JobStatus } from '../../shared/contract/jobs';
import { PAPERS } from '../../shared/contract/settings';
import { TONES } from '../../shared/contract/templates';
import { DulyError } from '../../shared/errors';
import { asOfFrom, type CliIO, clockFrom, oneOf, requireDb, resolvePath, UsageError } from '../io';

// `duly statements` and `duly letters`: a batch as the app makes it (the same service, drawn on both
// cores when built), into a folder: one combined PDF to print, a PDF per customer, and with --email
// an email draft per customer who has an address. Every document goes on its customer's history.

const COMMON = `[--customers REF,REF | --overdue] [--as-of YYYY-MM-DD] [--paper a4|letter] [--email]`;

const AFTER = `
  Writes DIR/all.pdf (every customer's part, to print in one go), DIR/<ref>.pdf per customer and,
  with --email, DIR/<ref>.eml: an email draft with the PDF attached, for each customer with an email
  address (the others are listed). Nothing is sent. Each document is recorded on the customer's
  history. Files of the same names already in DIR are replaced; a cancelled run (Ctrl+C) leaves
  DIR and the books as they were.`;

export const statementsHelp = `duly statements --db FILE --out DIR ${COMMON}

  Statements of account as of a date (today by default): for the customers named by reference,
  everyone with an overdue balance (--overdue), or by default everyone with a balance.${AFTER}`;

export const lettersHelp = `duly letters --db FILE --out DIR [--tone courtesy|friendly|firm|final] ${COMMON}

  Reminder letters in one tone (friendly by default) to the customers named by reference, or by
  default everyone with an overdue balance (courtesy notes: everyone with something not yet due).
  Customers a letter has nothing to say to (nothing overdue; for courtesy, nothing not yet due)
  are listed and get none.${AFTER}`;

export const statementsCommand = (argv: string[], io: CliIO) => documentsCommand('statement', argv, io);
export const lettersCommand = (argv: string[], io: CliIO) => documentsCommand('letter', argv, io);

async function documentsCommand(kind: BatchKind, argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      customers: { type: 'string' },
      overdue: { type: 'boolean' },
      tone: { type: 'string' },
      'as-of': { type: 'string' },
      paper: { type: 'string' },
      email: { type: 'boolean' },
      today: { type: 'string' },
    },
    strict: true,
  });
  if (kind === 'statement' && values.tone !== undefined) {
    throw new UsageError('--tone is for letters; statements have none.');
  }
  const tone = kind === 'letter' ? oneOf(values.tone, TONES, '--tone', 'friendly') : undefined;
  const paper = values.paper === undefined ? undefined : oneOf(values.paper, PAPERS, '--paper', 'a4');
  if (values.customers !== undefined && values.overdue) {
    throw new UsageError('Choose either --customers or --overdue, not both.');
  }
  if (tone === 'courtesy' && values.overdue) {
    throw new UsageError('Courtesy notes are about invoices not yet due; --overdue does not go with them.');
  }
  if (!values.out) throw new UsageError('Say which folder to write to with --out DIR.');
  const clock = clockFrom(values.today);
  const asOf = asOfFrom(values['as-of'], clock);
  const refs = values.customers === undefined ? undefined : refList(values.customers);
  const outDir = resolvePath(io, values.out);
  const booksPath = resolvePath(io, requireDb(values.db));
  const books = await openBooks(booksPath, { create: false });
  let customers: BatchRequest['customers'];
  try {
    customers = refs ? idsOf(books, refs) : values.overdue ? 'overdue' : selectionFor(kind, tone);
  } finally {
    books.close();
  }
  const batch: BatchRequest = { kind, tone, asOf, customers, paper, email: values.email === true, outDir };
  // As the app runs it: a job in the worker thread (when built), so this thread stays free to
  // notice Ctrl+C at once and stop the batch cleanly, leaving no files and recording nothing.
  const events = createEventHub();
  const workerFile = builtWorkerFile();
  const jobs = new JobRunner({ clock, events, ...(workerFile ? { workerFile } : {}) });
  let phase = '';
  events.subscribe((name, payload) => {
    const { progress } = payload as JobStatus;
    if (name !== JOB_EVENT || !io.interactive || progress.phase === phase) return;
    phase = progress.phase;
    const words = PHASES[progress.phase];
    if (words) io.err(`${words(progress.total, kind)}\n`);
  });
  const job = jobs.start({ kind: 'documents', booksPath, batch });
  const onInterrupt = () => jobs.cancel(job.id);
  process.on('SIGINT', onInterrupt);
  try {
    const done = await jobs.settled(job.id);
    if (done.state !== 'done') {
      const e = done.error ?? { code: 'internal' as const, message: 'The batch stopped unexpectedly.' };
      throw DulyError.fromData(e);
    }
    io.out(summary(done.result as BatchResult, values.out));
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

const PHASES: Record<string, (total: number, kind: BatchKind) => string> = {
  reading: () => 'Reading the books…',
  drawing: (n, kind) => `Drawing ${plural(n, kind === 'letter' ? 'letter' : 'statement')}…`,
  writing: () => 'Writing the files…',
  saving: () => 'Recording them on the customers’ histories…',
};

function refList(text: string): string[] {
  const refs = text
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (refs.length === 0)
    throw new UsageError('--customers needs references separated by commas, e.g. C001,C002.');
  return [...new Set(refs)];
}

/** Customers by reference, in the order given; every unknown one named. */
function idsOf(books: Books, refs: string[]): number[] {
  const rows = books
    .prepare('SELECT id, ref FROM customers WHERE ref IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(refs)) as { id: number; ref: string }[];
  const byRef = new Map(rows.map((r) => [r.ref, r.id]));
  const unknown = refs.filter((r) => !byRef.has(r));
  if (unknown.length > 0) {
    throw new DulyError(
      'not_found',
      `There is no customer with the reference ${unknown.map((r) => `"${r}"`).join(', ')} in these books.`,
      { field: 'customers' },
    );
  }
  return refs.map((r) => byRef.get(r)!);
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per group of files, then every customer left without a draft or a letter, by name. */
export function summary(r: BatchResult, shownDir: string): string {
  const what = r.kind === 'letter' ? 'letter' : 'statement';
  const dir = shownDir.endsWith('/') || shownDir.endsWith('\\') ? shownDir : `${shownDir}/`;
  const first = r.files[0]!.pdf;
  const last = r.files.at(-1)!.pdf;
  const range = r.files.length === 1 ? first : `${first} … ${last}`;
  const lines = [
    `Wrote ${plural(r.files.length, what)} as of ${r.asOf} to ${dir}: ${r.combined.fileName} ` +
      `(${plural(r.combined.pages, 'page')}, to print) and one PDF per customer (${range}).`,
  ];
  const drafts = r.files.filter((f) => f.eml !== null);
  if (drafts.length > 0 || r.withoutEmail.length > 0) {
    lines.push(`Wrote ${plural(drafts.length, 'email draft')} (.eml, the PDF attached; nothing was sent).`);
  }
  for (const c of r.withoutEmail) lines.push(`No email address, so no draft: ${c.ref}  ${c.name}`);
  for (const c of r.nothingToSend) lines.push(`Nothing to send: ${c.ref}  ${c.name} (${c.reason})`);
  lines.push(`Recorded on each customer's history (batch ${r.batchId}).`);
  return `${lines.join('\n')}\n`;
}
