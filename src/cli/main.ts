import { runCli } from './cli';

// Entry of the built command line (out/node/cli.js). npm runs scripts from the project folder, so
// relative paths start where the user typed the command (INIT_CWD).
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  interactive: Boolean(process.stderr.isTTY),
};

process.exitCode = await runCli(process.argv.slice(2), io);
