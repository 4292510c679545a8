import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface ServeOptions {
  /** The books file to open (created when missing); omitted: the last books opened, or the default. */
  db: string | undefined;
  /** Duly's folder in the user's data (recent books, the default books folder). */
  dataDir: string;
  /** Fix "today" (end-to-end tests, demonstrations). */
  today: string | undefined;
  /** 0 picks a free port. */
  port: number;
  /** Open the system browser at the printed URL. */
  open: boolean;
  help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--db FILE] [--port N] [--no-open]

Runs Duly in your web browser instead of its own window, on this computer only (127.0.0.1).

  --db FILE    the books file to open; created if missing
               (default: the books opened last, or ${defaultBooksFile()})
  --data-dir D Duly's own folder: recent books, new books (default: ${defaultDataDir()})
  --today DATE act as if today were DATE (YYYY-MM-DD)
  --port N     the port to listen on (default: any free port)
  --no-open    print the link without opening a browser
  --help       show this text`;

export function parseServeOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'data-dir': { type: 'string' },
      today: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new Error(`--today must be a date written YYYY-MM-DD, not "${values.today}".`);
  }
  return {
    db: values.db === undefined ? undefined : path.resolve(values.db),
    dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()),
    today: values.today,
    port,
    open: values.open,
    help: values.help,
  };
}

/**
 * Duly's per-user data folder, the same one the desktop app gets from Electron's
 * app.getPath('userData'): %APPDATA%\Duly on Windows, ~/Library/Application Support/Duly on macOS,
 * $XDG_CONFIG_HOME/Duly (or ~/.config/Duly) elsewhere. Both modes open the same books by default.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), 'Duly');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Duly');
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), 'Duly');
}

/** As in the desktop app (src/main/electron/desktop-app.ts): <user data>/books/My shop.duly. */
export function defaultBooksFile(): string {
  return path.join(defaultDataDir(), 'books', 'My shop.duly');
}
