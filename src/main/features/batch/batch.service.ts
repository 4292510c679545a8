import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BatchFile, BatchResult } from '../../../shared/contract/batch';
import type { JobProgress } from '../../../shared/contract/jobs';
import { DulyError } from '../../../shared/errors';
import type { Ctx } from '../../context';
import { recordDocument } from '../delivery/document-history';
import { cancelledBatch, type DrawnPiece } from './draw';
import { stage } from './out-folder';
import { builtWorkerFile, drawAll } from './parallel';
import { joinPdfs } from './pdf-join';
import { type BatchPlan, type BatchRequest, COMBINED_BASE, piecesOf, planBatch } from './plan';

// A batch from start to end: read everything (plan), draw on both cores (parallel), join the pieces
// into the one file to print, write every file to a hidden folder, then, in ONE transaction, put
// every document on its customer's history and move the files into place. Until that last step
// nothing is saved anywhere, so a cancel or a failure leaves the books and the disk as they were.

export interface BatchHooks {
  onProgress?(progress: JobProgress): void;
  shouldStop?(): boolean;
  /**
   * The built job-worker.js to draw in; null: all on this thread. Default: the one built beside
   * this code, if any.
   */
  workerFile?: string | null;
  /**
   * How many pieces to draw the batch in: default two (one per core) when there is a worker file
   * and enough customers, else one. Tests ask for more to join pieces drawn on one thread.
   */
  pieces?: number;
}

/** Below this many customers a second thread costs more to start than it saves. */
const WORKERS_FROM = 24;

export interface Combined {
  plan: BatchPlan;
  pieces: DrawnPiece[];
  /** The combined PDF. */
  bytes: Uint8Array;
  pages: number;
}

/** The plan, drawn, and joined into the one PDF to print: what a person waits for before printing. */
export async function combinedPdf(
  ctx: Ctx,
  request: BatchRequest,
  hooks: BatchHooks = {},
): Promise<Combined> {
  const shouldStop = hooks.shouldStop ?? (() => false);
  const report = hooks.onProgress ?? (() => undefined);
  report({ phase: 'reading', done: 0, total: 0 });
  const plan = planBatch(ctx, request);
  const total = plan.customers.length;
  if (total === 0) throw nobody(plan);
  if (shouldStop()) throw cancelledBatch();
  const workerFile = hooks.workerFile === undefined ? builtWorkerFile() : hooks.workerFile;
  const count =
    hooks.pieces ??
    (workerFile !== null && total >= WORKERS_FROM ? Math.min(2, os.availableParallelism()) : 1);
  report({ phase: 'drawing', done: 0, total });
  const pieces = await drawAll(piecesOf(plan, count), {
    workerFile,
    onProgress: (done) => report({ phase: 'drawing', done, total }),
    shouldStop,
  });
  const pages = pieces.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.pageCount, 0), 0);
  if (pieces.length === 1) return { plan, pieces, bytes: pieces[0]!.bytes, pages };
  // One bookmark per customer, at their first page of the joined file.
  const byId = new Map(plan.customers.map((c) => [c.customerId, c]));
  let offset = 0;
  const bookmarks = pieces.flatMap((piece) => {
    const marks = piece.sections.map((s) => {
      const c = byId.get(s.key)!;
      return { title: `${c.name} (${c.ref})`, page: offset + s.firstPage };
    });
    offset += piece.sections.reduce((n, s) => n + s.pageCount, 0);
    return marks;
  });
  return {
    plan,
    pieces,
    bytes: joinPdfs(
      pieces.map((p) => p.bytes),
      { bookmarks },
    ),
    pages,
  };
}

export async function runBatch(
  ctx: Ctx,
  request: BatchRequest,
  hooks: BatchHooks = {},
): Promise<BatchResult> {
  const started = performance.now();
  const shouldStop = hooks.shouldStop ?? (() => false);
  const report = hooks.onProgress ?? (() => undefined);
  const staging = stage(request.outDir);
  let undo: (() => void) | undefined;
  let saved = false;
  try {
    const { plan, pieces, bytes, pages } = await combinedPdf(ctx, request, hooks);
    const total = plan.customers.length;
    const files = pieces.flatMap((p) => p.files);
    const emls = pieces.flatMap((p) => p.emls);
    const sections = pieces.flatMap((p) => p.sections);
    report({ phase: 'writing', done: 0, total });
    const combinedName = `${COMBINED_BASE}.pdf`;
    fs.writeFileSync(path.join(staging.dir, combinedName), bytes);
    plan.customers.forEach((c, i) => {
      if (i % 100 === 0 && shouldStop()) throw cancelledBatch();
      fs.writeFileSync(path.join(staging.dir, `${c.base}.pdf`), files[i]!);
      const eml = emls[i];
      if (eml) fs.writeFileSync(path.join(staging.dir, `${c.base}.eml`), eml);
      if ((i + 1) % 50 === 0) report({ phase: 'writing', done: i + 1, total });
    });
    const batchId = randomUUID();
    report({ phase: 'saving', done: 0, total });
    const { books } = ctx;
    const documentIds = books.transaction(() => {
      const ids = plan.customers.map((c, i) => {
        if (i % 100 === 0 && shouldStop()) throw cancelledBatch();
        return recordDocument(ctx, {
          customerId: c.customerId,
          kind: plan.kind,
          tone: plan.tone,
          asOf: plan.asOf,
          amountDue: c.amountDue,
          currency: plan.currency,
          via: 'batch',
          batchId,
          fileName: c.item.fileName,
          bytes: files[i]!,
          invoices: c.invoices,
        }).id;
      });
      if (shouldStop()) throw cancelledBatch();
      // The last step inside the transaction: if the files cannot be moved, nothing is recorded.
      undo = staging.commit();
      return ids;
    });
    saved = true;
    const result: BatchResult = {
      batchId,
      kind: plan.kind,
      tone: plan.tone,
      asOf: plan.asOf,
      paper: plan.paper,
      currency: plan.currency,
      folder: path.resolve(request.outDir),
      combined: { fileName: combinedName, pages, size: bytes.byteLength },
      files: plan.customers.map(
        (c, i): BatchFile => ({
          customerId: c.customerId,
          ref: c.ref,
          name: c.name,
          pdf: `${c.base}.pdf`,
          eml: emls[i] ? `${c.base}.eml` : null,
          pages: sections[i]!.pageCount,
          amountDue: c.amountDue,
          documentId: documentIds[i]!,
        }),
      ),
      withoutEmail: plan.withoutEmail,
      nothingToSend: plan.nothingToSend,
      ms: Math.round(performance.now() - started),
    };
    report({ phase: 'done', done: total, total });
    return result;
  } catch (e) {
    if (saved) throw e;
    // Files moved but the history not saved (the commit itself failed): take them away again.
    undo?.();
    staging.discard();
    throw e;
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function nobody(plan: BatchPlan): DulyError {
  const skipped = plan.nothingToSend;
  const only = skipped.length === 1 ? skipped[0] : undefined;
  const message = only
    ? `There is nothing to send to ${only.name}: ${lowerFirst(only.reason)}`
    : skipped.length > 1
      ? `There is nothing to send: none of the ${skipped.length} customers chosen has anything for this letter to be about.`
      : plan.kind === 'letter'
        ? `Nobody has an overdue balance on ${plan.asOf}, so there are no letters to write.`
        : `Nobody has a balance on ${plan.asOf}, so there are no statements to print.`;
  return new DulyError('validation', message, { field: 'customers' });
}
