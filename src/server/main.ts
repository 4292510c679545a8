import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { createApp } from '../main/app';
import { fixedClock, systemClock } from '../shared/dates';
import { DulyError } from '../shared/errors';
import { openInBrowser } from './open-browser';
import { ensureRendererBuilt } from './renderer-build';
import { parseServeOptions, SERVE_USAGE, type ServeOptions } from './serve-options';
import { startServer } from './server';

// Entry of `npm run serve`: Duly in the browser, for development, end-to-end tests, and owners who
// prefer a browser tab. Built to out/node/serve.js, so the built screens sit at ../renderer.

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SERVE_USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(SERVE_USAGE);
    return;
  }

  const rendererDir = path.resolve(import.meta.dirname, '..', 'renderer');
  ensureRendererBuilt(rendererDir);

  const app = createApp({
    userDataDir: options.dataDir,
    clock: options.today ? fixedClock(options.today) : systemClock,
    version,
    transport: 'http',
    workerFile: fileURLToPath(new URL('./job-worker.js', import.meta.url)),
  });
  const status = options.db
    ? await app.session.open(options.db, { create: true })
    : await app.session.openAtStart();
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      app,
      rendererDir,
      port: options.port,
      download: (name) => app.session.listBackups().backups.find((b) => b.name === name)?.path,
    });
    app.events.subscribe((name, payload) => server.broadcast(name, payload));
  } catch (error) {
    app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port} is already in use. Pick another with --port, or leave it out.`);
    }
    throw error;
  }

  console.log(`Duly is running in browser mode at ${server.url}`);
  console.log(`Books: ${status.open?.path}`);
  console.log('Press Ctrl+C to stop.');
  if (options.open) openInBrowser(server.url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    // Closing the books checkpoints the write-ahead log, so the file is whole on its own.
    app.close();
    console.log('Duly stopped; the books are closed.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof DulyError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
