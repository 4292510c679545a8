import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/contract/app';
import type { DocumentSummary } from '../../../shared/contract/delivery';
import type { ProducedDocument } from '../../../shared/contract/outbox';
import type { ExportedFile } from '../../../shared/contract/reports';
import { fixedClock } from '../../../shared/dates';
import { createApp } from '../../app';
import type { Host } from '../../session/host';
import { aCustomer, anInvoice } from '../../testing/builders';
import { recordingHost } from '../../testing/recording-host';
import { BUSINESS, lukasz } from '../documents/documents.fixture';

// documents.produce with handOff, as the desktop app calls it, on real books and a stub host that
// records what it was handed: the print dialog gets the PDF, the mail program the draft, each at a
// path in Duly's own temporary folder holding exactly the bytes kept on the history.

let dir: string;
let app: ReturnType<typeof createApp>;
let customerId: number;
const rec = recordingHost();

async function start(host: Host | undefined): Promise<void> {
  app = createApp({
    // A fresh user folder (and books) for each start.
    userDataDir: fs.mkdtempSync(path.join(dir, 'user-')),
    clock: fixedClock('2026-11-23'),
    transport: host ? 'electron' : 'http',
    ...(host ? { host } : {}),
  });
  await app.session.create('Corner Shop');
  await app.dispatch('settings.update', BUSINESS);
  customerId = lukasz(app.ctx()).id;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-outbox-hand-off-'));
  // os.tmpdir() follows TMPDIR: the hand-off folder lands inside this test's own folder.
  vi.stubEnv('TMPDIR', dir);
  rec.reset();
  await start(rec.host);
});
afterEach(() => {
  app.close();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function produce(input: Record<string, unknown>): Promise<ProducedDocument> {
  const result = await app.dispatch('documents.produce', { customerId, ...input });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as ProducedDocument;
}
async function reopened(documentId: number): Promise<Buffer> {
  const result = await app.dispatch('documents.reopen', { documentId });
  if (!result.ok) throw new Error(result.error.message);
  return Buffer.from((result.data as ExportedFile).base64, 'base64');
}
async function history(id = customerId): Promise<DocumentSummary[]> {
  const result = await app.dispatch('documents.history', { customerId: id });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as DocumentSummary[];
}
const handOffRoot = () => path.join(dir, 'Duly', 'hand-off');

describe('documents.produce with handOff', () => {
  it('print: the print dialog gets the PDF, at a path holding the bytes on the history', async () => {
    const produced = await produce({ kind: 'letter', tone: 'firm', via: 'print', handOff: true });
    const file = produced.handedOff!;
    expect(rec.calls).toEqual([['printPdf', file]]);
    expect(path.basename(file)).toBe('Firm reminder C001 2026-11-23.pdf');
    expect(path.dirname(path.dirname(file))).toBe(handOffRoot());
    expect(fs.readFileSync(file).equals(await reopened(produced.document.id))).toBe(true);
    expect(produced.document).toMatchObject({ via: 'print', kind: 'letter', tone: 'firm' });
    expect(await history()).toHaveLength(1);
  });

  it('email: the mail program gets the draft, with the PDF on the history attached', async () => {
    const produced = await produce({ kind: 'statement', via: 'email', handOff: true });
    const file = produced.handedOff!;
    expect(rec.calls).toEqual([['openFile', file]]);
    expect(path.basename(file)).toBe(produced.eml!.fileName);
    expect(file.endsWith('.eml')).toBe(true);
    expect(path.dirname(path.dirname(file))).toBe(handOffRoot());
    const bytes = fs.readFileSync(file);
    expect(bytes.equals(Buffer.from(produced.eml!.base64, 'base64'))).toBe(true);
    const mail = await simpleParser(bytes);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments[0]!.content.equals(await reopened(produced.document.id))).toBe(true);
  });

  it('pdf: nothing more to hand over; the screen downloads it', async () => {
    const produced = await produce({ kind: 'statement', via: 'pdf', handOff: true });
    expect(produced.handedOff).toBeUndefined();
    expect(rec.calls).toEqual([]);
    expect(fs.existsSync(handOffRoot())).toBe(false);
    expect(await history()).toHaveLength(1);
  });

  it('without handOff, the desktop app hands nothing over either', async () => {
    const produced = await produce({ kind: 'statement', via: 'print' });
    expect(produced.handedOff).toBeUndefined();
    expect(rec.calls).toEqual([]);
    expect(fs.existsSync(handOffRoot())).toBe(false);
  });

  it('each hand-off gets a folder of its own, so the same document twice never collides', async () => {
    const first = await produce({ kind: 'statement', via: 'print', handOff: true });
    const second = await produce({ kind: 'statement', via: 'print', handOff: true });
    expect(path.basename(first.handedOff!)).toBe(path.basename(second.handedOff!));
    expect(first.handedOff).not.toBe(second.handedOff);
    expect(fs.existsSync(first.handedOff!)).toBe(true);
  });

  it('when the system fails, the document stays recorded and the error says where the file is', async () => {
    rec.failWith = 'No program on this computer opens PDF files.';
    const result = await app.dispatch('documents.produce', {
      customerId,
      kind: 'statement',
      via: 'print',
      handOff: true,
    });
    expect(rec.calls).toHaveLength(1);
    const file = rec.calls[0]![1];
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        field: 'handOff',
        message:
          '“Statement C001 2026-11-23.pdf” was made and is kept on the customer’s history, but it ' +
          `could not be opened: No program on this computer opens PDF files. The file is at ${file}`,
      },
    });
    const [kept] = await history();
    expect(kept).toMatchObject({ via: 'print', fileName: 'Statement C001 2026-11-23.pdf' });
    expect(fs.readFileSync(file).equals(await reopened(kept!.id))).toBe(true);
  });

  it('when the copy cannot be written, the document stays recorded and the error says so', async () => {
    fs.writeFileSync(path.join(dir, 'Duly'), 'a file where Duly’s folder would go');
    const result = await app.dispatch('documents.produce', {
      customerId,
      kind: 'statement',
      via: 'email',
      handOff: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', field: 'handOff' } });
    expect(!result.ok && result.error.message).toMatch(
      /^“Statement C001 2026-11-23\.pdf” was made and is kept on the customer’s history, but it could not be opened: Duly could not write a copy to .*\. Open it again from the customer’s history to save or print it\.$/,
    );
    expect(rec.calls).toEqual([]);
    expect(await history()).toHaveLength(1);
  });

  it('checks the customer’s email address before handing anything over', async () => {
    const silent = aCustomer(app.ctx(), { ref: 'NE1', name: 'Penhale Plumbing' });
    anInvoice(app.ctx(), silent, 'PP-1', '2026-09-01', '2026-10-01', 5_000);
    const result = await app.dispatch('documents.produce', {
      customerId: silent.id,
      kind: 'statement',
      via: 'email',
      handOff: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'via' } });
    expect(rec.calls).toEqual([]);
    expect(await history(silent.id)).toEqual([]);
  });
});

describe('browser mode', () => {
  it.each([
    ['no host at all', undefined],
    ['a host without the hand-off', { chooseFile: rec.host.chooseFile!, reveal: rec.host.reveal! }],
  ])('with %s, refuses handOff before anything is drawn or recorded', async (_what, host) => {
    app.close();
    await start(host);
    for (const via of ['print', 'email', 'pdf']) {
      const result = await app.dispatch('documents.produce', {
        customerId,
        kind: 'statement',
        via,
        handOff: true,
      });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'unsupported',
          message:
            'Only the desktop app can open the print dialog or your mail program; browser mode downloads the file instead.',
        },
      });
    }
    expect(await history()).toEqual([]);
    expect(fs.existsSync(handOffRoot())).toBe(false);
    // Without handOff it works as before.
    expect(
      (await app.dispatch('documents.produce', { customerId, kind: 'statement', via: 'print' })).ok,
    ).toBe(true);
  });
});

describe('app.info', () => {
  it('says handOff only when the host can open, print and show files', async () => {
    const info = async () => ((await app.dispatch('app.info', {})) as { data: AppInfo }).data;
    expect(await info()).toMatchObject({ transport: 'electron', nativeDialogs: true, handOff: true });
    app.close();
    await start(undefined);
    expect(await info()).toMatchObject({ transport: 'http', nativeDialogs: false, handOff: false });
    app.close();
    const { printPdf: _, ...noPrint } = rec.host;
    await start(noPrint);
    expect(await info()).toMatchObject({ nativeDialogs: true, handOff: false });
  });
});
