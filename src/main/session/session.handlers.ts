import type { ParsedInputOf } from '../../shared/contract';
import type { AppInfo } from '../../shared/contract/app';
import type { ImportAnalysis } from '../../shared/contract/imports';
import type { Clock } from '../../shared/dates';
import { DulyError } from '../../shared/errors';
import { importFiles } from '../features/imports/import-files';
import type { JobRunner } from '../jobs/job-runner';
import type { FreeHandlers } from '../rpc/dispatch';
import type { BooksSession } from './books-session';
import { canHandOff, type Host } from './host';

export interface SessionDeps {
  session: BooksSession;
  jobs: JobRunner;
  host: Host;
  clock: Clock;
  version: string;
  transport: AppInfo['transport'];
}

/** Channels that work without open books, or on the books as a whole. */
export function sessionHandlers({ session, jobs, host, clock, version, transport }: SessionDeps) {
  const idle = () => {
    const busy = jobs.running();
    if (busy)
      throw new DulyError('conflict', 'Duly is still busy with a long job; wait for it to finish first.');
  };
  // Checking and importing take the same files: read into bytes here, for the job's thread.
  const importRequest = ({ files, dateOrder }: ParsedInputOf<'import.start'>) => ({
    booksPath: session.openPath(),
    files: importFiles(files),
    ...(dateOrder ? { dateOrder } : {}),
  });
  const unsupported = () =>
    new DulyError(
      'unsupported',
      'Only the desktop app can show file dialogs; browser mode uses uploads and downloads.',
    );
  return {
    'app.info': () => ({
      version,
      transport,
      nativeDialogs: host.chooseFile !== undefined,
      handOff: canHandOff(host),
      today: clock.today(),
    }),
    'books.status': () => session.status(),
    'books.create': ({ name, folder }) => {
      idle();
      return session.create(name, folder);
    },
    'books.open': ({ path }) => {
      idle();
      return session.open(path);
    },
    'backups.list': () => session.listBackups(),
    'backups.create': ({ path }) => session.backupNow(path),
    'backups.restore': (input) => {
      idle();
      return session.restore(input);
    },
    'host.chooseFile': async ({ purpose, defaultPath }) => {
      if (!host.chooseFile) throw unsupported();
      return { path: await host.chooseFile(purpose, defaultPath) };
    },
    'host.reveal': ({ path }) => {
      if (!host.reveal) throw unsupported();
      host.reveal(path);
      return null;
    },
    'jobs.get': ({ id }) => jobs.get(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
    'jobs.running': () => {
      const running = jobs.running();
      return running ? { ...running } : null;
    },
    'demo.start': ({ size }) => jobs.start({ kind: 'demo', booksPath: session.openPath(), size }),
    // Checking is off this thread too: a big file takes seconds, and other requests must not wait.
    'import.analyse': (input) =>
      jobs.runDetached({ kind: 'analyse', ...importRequest(input) }) as Promise<ImportAnalysis>,
    'import.start': (input) => jobs.start({ kind: 'import', ...importRequest(input) }),
  } satisfies Partial<FreeHandlers>;
}
