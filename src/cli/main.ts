import { runCli } from './cli';

// Entry of the built command line (out/node/cli.js); `npm run cli` starts it in the folder the
// user typed the command in (scripts/run-built.mjs).
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: Boolean(process.stderr.isTTY),
};

process.exitCode = await runCli(process.argv.slice(2), io);
