import type { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { BatchResult } from '../../../shared/contract/batch';
import type { ExportedFile } from '../../../shared/contract/reports';
import { DulyError } from '../../../shared/errors';
import type { JobRunner } from '../../jobs/job-runner';
import type { Handlers } from '../../rpc/dispatch';
import type { BooksSession } from '../../session/books-session';
import { pdfFile } from '../documents/document-files';
import { batchCandidates } from './candidates';
import { defaultBatchFolder } from './out-folder';

// A batch runs as a job (its own thread and connection to the books), so these need the job runner
// and the open books' path besides the books themselves.

export function batchHandlers({ jobs, session }: { jobs: JobRunner; session: BooksSession }) {
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
      if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
        throw new DulyError(
          'validation',
          `${outDir} is a file, not a folder; choose a folder for the batch.`,
          {
            field: 'outDir',
          },
        );
      }
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
      const job = jobs.get(jobId);
      if (job.kind !== 'documents') {
        throw new DulyError('not_found', 'That job is not a batch of letters or statements.', {
          field: 'jobId',
        });
      }
      if (job.state !== 'done') {
        throw new DulyError('conflict', 'The batch has not finished, so its combined PDF is not ready.', {
          field: 'jobId',
        });
      }
      const result = job.result as BatchResult;
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
  } satisfies Partial<Handlers>;
}
