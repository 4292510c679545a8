import type { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { BatchOpenInput, BatchResult } from '../../../shared/contract/batch';
import type { ExportedFile } from '../../../shared/contract/reports';
import { DulyError, messageOf } from '../../../shared/errors';
import type { JobRunner } from '../../jobs/job-runner';
import type { Handlers } from '../../rpc/dispatch';
import type { BooksSession } from '../../session/books-session';
import type { Host } from '../../session/host';
import { isPlainFileName } from '../delivery/file-names';
import { handOffHost } from '../delivery/hand-off';
import { pdfFile } from '../documents/document-files';
import { batchCandidates } from './candidates';
import { defaultBatchFolder, refuseFile } from './out-folder';

// A batch runs as a job (its own thread and connection to the books), so these need the job runner
// and the open books' path besides the books themselves; and the host, to hand its files to the
// system (desktop only).

export interface BatchDeps {
  jobs: JobRunner;
  session: BooksSession;
  host: Host;
}

export function batchHandlers({ jobs, session, host }: BatchDeps) {
  return {
    'batch.start': (ctx, input) => {
      const asOf = input.asOf ?? ctx.clock.today();
      const booksPath = session.openPath();
      if (input.outDir !== undefined && !path.isAbsolute(input.outDir)) {
        throw new DulyError('validation', 'Choose the folder for the batch with its full path.', {
          field: 'outDir',
        });
      }
      const outDir = input.outDir ?? defaultBatchFolder(booksPath, input.kind, input.tone ?? null, asOf);
      refuseFile(outDir);
      return jobs.start({
        kind: 'documents',
        booksPath,
        batch: {
          kind: input.kind,
          tone: input.tone,
          asOf,
          customers: input.customers,
          paper: input.paper,
          email: input.email,
          outDir,
        },
      });
    },
    'batch.candidates': (ctx, input) => batchCandidates(ctx, input),
    'batch.combined': (_ctx, { jobId }): ExportedFile => {
      const result = finishedBatch(
        jobs,
        jobId,
        'The batch has not finished, so its combined PDF is not ready.',
      );
      const file = path.join(result.folder, result.combined.fileName);
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        throw new DulyError(
          'not_found',
          `The combined PDF is no longer at ${file}; it may have been moved.`,
          {
            field: 'jobId',
          },
        );
      }
      return pdfFile(`${path.basename(result.folder)}.pdf`, bytes);
    },
    'batch.open': async (_ctx, { jobId, file, action }) => {
      const hand = handOffHost(host, BATCH_HAND_OFF_UNSUPPORTED);
      const result = finishedBatch(jobs, jobId, 'The batch has not finished, so its files are not ready.');
      const fullPath = path.join(result.folder, batchFileName(result, file, action));
      if (!isFile(fullPath)) {
        throw new DulyError('not_found', `The file is no longer at ${fullPath}; it may have been moved.`, {
          field: 'file',
        });
      }
      if (action === 'reveal') {
        hand.reveal(fullPath);
        return null;
      }
      try {
        await (action === 'print' ? hand.printPdf(fullPath) : hand.openFile(fullPath));
      } catch (error) {
        throw new DulyError('internal', `${messageOf(error)} The file is at ${fullPath}`, { field: 'file' });
      }
      return null;
    },
  } satisfies Partial<Handlers>;
}

/** A finished batch's result; refused for any other job, or one still running, cancelled or failed. */
function finishedBatch(jobs: JobRunner, jobId: string, notReady: string): BatchResult {
  const job = jobs.get(jobId);
  if (job.kind !== 'documents') {
    throw new DulyError('not_found', 'That job is not a batch of letters or statements.', {
      field: 'jobId',
    });
  }
  if (job.state !== 'done') throw new DulyError('conflict', notReady, { field: 'jobId' });
  return job.result as BatchResult;
}

const BATCH_HAND_OFF_UNSUPPORTED =
  'Only the desktop app can open, print or show the batch’s files; browser mode downloads the combined PDF instead.';

/**
 * The file a screen asks for, by its name in the batch's own result (omitted: the combined PDF),
 * never by a path: a name that is not listed there is refused, whatever it looks like.
 */
function batchFileName(
  result: BatchResult,
  file: string | undefined,
  action: BatchOpenInput['action'],
): string {
  const name = file ?? result.combined.fileName;
  const listed =
    file === undefined || result.files.some((f) => f.pdf === file || (f.eml !== null && f.eml === file));
  if (!listed || !isPlainFileName(name)) {
    throw new DulyError('validation', 'That file is not one of this batch’s files.', { field: 'file' });
  }
  if (action === 'print' && !name.toLowerCase().endsWith('.pdf')) {
    throw new DulyError('validation', 'Only a PDF can be printed; open the email draft instead.', {
      field: 'action',
    });
  }
  return name;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
