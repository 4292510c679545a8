import type { ImportAnalysis, ImportCounts, ImportSummary } from '../../../shared/contract/imports';
import { DulyError, describeProblem, type Problem } from '../../../shared/errors';
import { minorDigits } from '../../../shared/money';
import type { Ctx } from '../../context';
import { getSettings } from '../settings/settings.service';
import { type CommitHooks, commitPlan, type ImportProgress } from './commit';
import type { ParsedFile } from './normalise/parsed';
import { type ImportPlan, planImport } from './plan/plan';
import type { DateOrder } from './read/dates';
import { type FileReport, type ImportFile, readImportFile } from './read-file';

// Importing is two steps that share all their checking: analyse (what Duly recognised, what would
// be added, every problem) writes nothing; run does the same and, only when there is no problem
// at all, writes everything in one transaction.

export interface ImportOptions {
  /** How to read dates like 03/04/2021 when the files cannot settle it. */
  dateOrder?: DateOrder;
  onProgress?: (p: ImportProgress) => void;
  shouldStop?: () => boolean;
}

export type { ImportAnalysis, ImportCounts, ImportSummary };

interface Checked {
  analysis: ImportAnalysis;
  plan: ImportPlan | null;
}

function check(ctx: Ctx, files: ImportFile[], options: ImportOptions): Checked {
  const settings = getSettings(ctx);
  const thisYear = Number(ctx.clock.today().slice(0, 4));
  const reports: FileReport[] = [];
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  const ambiguousDates: ImportAnalysis['ambiguousDates'] = [];
  files.forEach((file, i) => {
    options.onProgress?.({ phase: 'reading', done: i, total: files.length });
    const read = readImportFile(file, {
      booksCurrency: settings.currency,
      thisYear,
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    });
    reports.push(read.report);
    problems.push(...read.problems);
    if (read.dates.ambiguous) ambiguousDates.push({ file: file.name, examples: read.dates.examples });
    if (read.parsed) parsed.push(read.parsed);
  });

  // One currency per books file: books with no invoices yet take the files' currency.
  let currencyChange: string | null = null;
  const stated = [...new Set(parsed.map((p) => p.currency).filter((c): c is string => c !== undefined))];
  const foreign = stated.filter((c) => c !== settings.currency);
  if (foreign.length > 0) {
    const empty = ctx.books.prepare('SELECT COUNT(*) FROM invoices').pluck().get() === 0;
    if (empty && stated.length === 1) currencyChange = stated[0]!;
    else {
      for (const p of parsed.filter((f) => f.currency && f.currency !== settings.currency)) {
        problems.push({
          file: p.name,
          message: `This file is in ${p.currency}, but these books are kept in ${settings.currency}. Duly keeps one currency per books file.`,
        });
      }
    }
  }

  options.onProgress?.({ phase: 'checking', done: 0, total: 1 });
  const plan =
    ambiguousDates.length === 0
      ? planImport(ctx, parsed, {
          defaultTermsDays: settings.defaultPaymentTermsDays,
          digits: minorDigits(currencyChange ?? settings.currency),
        })
      : null;
  const notes = [...reports.flatMap((r) => r.notes), ...(plan?.notes ?? [])];
  if (currencyChange)
    notes.unshift(`These books have no invoices yet, so they take the files' currency: ${currencyChange}.`);
  return {
    plan,
    analysis: {
      files: reports,
      ambiguousDates,
      toAdd: {
        customers: plan?.customers.length ?? 0,
        invoices: plan?.invoices.length ?? 0,
        payments: plan?.payments.length ?? 0,
        creditNotes: plan?.creditNotes.length ?? 0,
      },
      alreadyThere: plan?.already ?? { customers: 0, invoices: 0, payments: 0, creditNotes: 0 },
      problems: [...problems, ...(plan?.problems ?? [])],
      warnings: plan?.warnings ?? [],
      notes,
      currencyChange,
    },
  };
}

/** What an import would do, without writing anything. */
export function analyseImport(ctx: Ctx, files: ImportFile[], options: ImportOptions = {}): ImportAnalysis {
  return check(ctx, files, options).analysis;
}

/** Imports the files, all or nothing. Throws a DulyError listing every problem when there is any. */
export function runImport(ctx: Ctx, files: ImportFile[], options: ImportOptions = {}): ImportSummary {
  const { analysis, plan } = check(ctx, files, options);
  if (analysis.ambiguousDates.length > 0) {
    const a = analysis.ambiguousDates[0]!;
    throw new DulyError(
      'date_format_ambiguous',
      `Duly cannot tell whether dates in ${a.file} such as ${a.examples.join(', ')} are day/month or month/day. ` +
        'Choose the date format (DD/MM/YYYY or MM/DD/YYYY) and import again.',
      {
        problems: analysis.ambiguousDates.map((d) => ({
          file: d.file,
          message: `Dates such as ${d.examples.join(', ')} could be read either way.`,
        })),
      },
    );
  }
  if (analysis.problems.length > 0 || !plan) {
    const n = analysis.problems.length;
    throw new DulyError(
      'import_invalid',
      `Nothing was imported: ${n} problem${n === 1 ? '' : 's'} to fix first. ${describeProblem(analysis.problems[0]!)}`,
      { problems: analysis.problems },
    );
  }
  const hooks: CommitHooks = {
    files: analysis.files,
    summary: () => ({ toAdd: analysis.toAdd, alreadyThere: analysis.alreadyThere, notes: analysis.notes }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    ...(analysis.currencyChange ? { currency: analysis.currencyChange } : {}),
  };
  const importId = commitPlan(ctx, plan, hooks);
  return { ...analysis, importId };
}
