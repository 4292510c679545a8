// How fast a batch's one combined PDF becomes one file per customer. Not a test: it prints timings.
//
//   npx vite build --ssr scripts/split-probe.ts --outDir node_modules/.cache/split-probe --emptyOutDir \
//     && node node_modules/.cache/split-probe/split-probe.js [--sections 1000] [--out DIR]
//
// 1. Draws a combined PDF of N customers' statements (every tenth runs to two pages; names in Latin
//    with accents, Cyrillic and Greek, so the font subsets are as large as a real batch's).
// 2. Splits it into N files on this thread, three times (the first run includes reading the file).
// 3. Splits it again on two worker threads, start-up and hand-back included.
// 4. For comparison, draws a few customers as separate pdfkit documents, as the split replaces.
// With --out DIR it writes the combined file and the first three parts there, to look at.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type PartRange, splitPdf } from '../src/main/features/delivery/pdf-split';
import { type Pdf, renderPdf } from '../src/main/pdf/document';
import { FONT } from '../src/main/pdf/fonts';
import { INK, put } from '../src/main/pdf/text';

interface Job {
  bytes: Uint8Array;
  ranges: PartRange<number>[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sections = Number(option('--sections') ?? 1000);
  const out = option('--out');
  console.log(`cores: ${os.availableParallelism()}, sections: ${sections}`);

  let started = performance.now();
  const { bytes, ranges } = await combined(sections);
  const pageCount = ranges.reduce((n, r) => n + r.pageCount, 0);
  console.log(
    `combined PDF: ${pageCount} pages, ${mb(bytes.byteLength)} in ${ms(performance.now() - started)}`,
  );

  let parts = new Map<number, Uint8Array>();
  for (let run = 1; run <= 3; run++) {
    started = performance.now();
    parts = splitPdf(bytes, ranges);
    const total = [...parts.values()].reduce((n, p) => n + p.byteLength, 0);
    console.log(
      `split, this thread, run ${run}: ${parts.size} files, ${mb(total)} in ${ms(performance.now() - started)}`,
    );
  }
  const pagesInParts = [...parts.values()].reduce(
    (n, p) =>
      n +
      (
        Buffer.from(p)
          .toString('latin1')
          .match(/\/Type \/Page\n/g) ?? []
      ).length,
    0,
  );
  console.log(`pages across the parts: ${pagesInParts} (the combined file has ${pageCount})`);

  for (let run = 1; run <= 2; run++) {
    started = performance.now();
    const split = await inWorkers(bytes, ranges, 2);
    console.log(`split, two workers, run ${run}: ${split} files in ${ms(performance.now() - started)}`);
  }

  const few = 20;
  started = performance.now();
  for (let n = 0; n < few; n++) await renderPdf(setup(`Statement ${n}`), (pdf) => statement(pdf, n));
  const each = (performance.now() - started) / few;
  console.log(
    `separate pdfkit documents: ${ms(each)} each, so ${ms(each * sections)} for ${sections} (from ${few})`,
  );

  if (out) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'combined.pdf'), bytes);
    for (const key of [0, 1, 10]) {
      const part = parts.get(key);
      if (part) fs.writeFileSync(path.join(out, `part-${key}.pdf`), part);
    }
    console.log(`written to ${out}`);
  }
}

/** Splits on `threads` workers, each given a share of the ranges; resolves with the files made. */
async function inWorkers(bytes: Uint8Array, ranges: PartRange<number>[], threads: number): Promise<number> {
  const share = Math.ceil(ranges.length / threads);
  const file = fileURLToPath(import.meta.url);
  const results = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const job: Job = { bytes, ranges: ranges.slice(t * share, (t + 1) * share) };
      return new Promise<number>((resolve, reject) => {
        const worker = new Worker(file, { workerData: job });
        worker.once('message', (m: { keys: number[] }) => {
          resolve(m.keys.length);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
    }),
  );
  return results.reduce((a, b) => a + b, 0);
}

const FIRST = [
  'Łukasz',
  'Zoë',
  'Ярослав',
  'Σοφία',
  'Štěpán',
  'Øystein',
  'Ines',
  'Grégoire',
  'Ağca',
  'Dmitrij',
];
const LAST = ['Wiśniewski', 'Brontë', 'Коваленко', 'Παπαδοπούλου', 'Dvořák', 'Ødegård', 'Nuñez', 'Çelik'];

function setup(title: string) {
  return {
    paper: 'a4' as const,
    title,
    author: 'Harbour Lane Hardware',
    createdAt: new Date('2026-11-23T12:00:00Z'),
    footer: 'Harbour Lane Hardware  ·  Statement of account',
  };
}

async function combined(sections: number): Promise<Job> {
  const ranges: PartRange<number>[] = [];
  let page = 1;
  const bytes = await renderPdf(setup(`Statements, ${sections} customers`), (pdf) => {
    for (let n = 0; n < sections; n++) {
      const before = pdf.doc.bufferedPageRange().count;
      statement(pdf, n);
      const count = pdf.doc.bufferedPageRange().count - before;
      ranges.push({ key: n, firstPage: page, pageCount: count });
      page += count;
    }
  });
  return { bytes, ranges };
}

/** One customer's statement: letterhead, address, a list of invoices; every tenth runs over a page. */
function statement(pdf: Pdf, n: number): void {
  const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
  const lines = n % 10 === 0 ? 70 : 12 + (n % 20);
  const head = () => {
    pdf.addPage('portrait');
    put(pdf.doc, 'Harbour Lane Hardware', pdf.left, pdf.top + 14, {
      font: FONT.bold,
      size: 16,
      color: INK.accent,
    });
    put(
      pdf.doc,
      'Statement of account',
      pdf.right,
      pdf.top + 14,
      { font: FONT.regular, size: 11 },
      { align: 'right' },
    );
    pdf.y = pdf.top + 40;
  };
  head();
  put(pdf.doc, name, pdf.left, pdf.y, { font: FONT.bold, size: 11 });
  put(pdf.doc, `${n + 1} Rue de l’Église, 75001 Paris`, pdf.left, pdf.y + 14, {
    font: FONT.regular,
    size: 10,
  });
  pdf.y += 50;
  for (let i = 0; i < lines; i++) {
    if (pdf.room < 16) head();
    const amount = ((n * 7919 + i * 104_729) % 500_000) / 100;
    put(pdf.doc, `INV-${n + 1}-${i + 1}`, pdf.left, pdf.y, { font: FONT.regular, size: 9.5 });
    put(pdf.doc, `2026-${String((i % 12) + 1).padStart(2, '0')}-15`, pdf.left + 120, pdf.y, {
      font: FONT.regular,
      size: 9.5,
    });
    put(pdf.doc, amount.toFixed(2), pdf.right, pdf.y, { font: FONT.regular, size: 9.5 }, { align: 'right' });
    pdf.y += 14;
  }
}

const ms = (t: number) => `${Math.round(t)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

// Last, once every constant above is defined: the same file is the worker's entry too.
if (!isMainThread) {
  const { bytes, ranges } = workerData as Job;
  const parts = splitPdf(bytes, ranges);
  const buffers = [...parts.values()].map((p) => p.buffer as ArrayBuffer);
  // Parts are views on buffers of their own (Buffer.concat with a length), so they move, not copy.
  parentPort?.postMessage({ keys: [...parts.keys()], parts: [...parts.values()] }, [...new Set(buffers)]);
} else {
  await main();
}
