import { runCli } from './cli';

// The command line run in-process for a test, with what it writes to stdout and stderr kept.

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCaptured(cwd: string, argv: string[]): Promise<CliRun> {
  const run = { code: 0, out: '', err: '' };
  run.code = await runCli(argv, {
    out: (t: string) => {
      run.out += t;
    },
    err: (t: string) => {
      run.err += t;
    },
    cwd,
    interactive: false,
  });
  return run;
}
