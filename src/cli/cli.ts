import { describeProblem } from '../shared/errors';
import { ageingCommand, ageingHelp } from './commands/ageing';
import { behaviourCommand, behaviourHelp } from './commands/behaviour';
import { demoCommand, demoHelp } from './commands/demo';
import { lettersCommand, lettersHelp, statementsCommand, statementsHelp } from './commands/documents';
import { importCommand, importHelp } from './commands/import';
import { type CliIO, isDulyError, UsageError } from './io';

// The command line: the same services the app uses, for accountants, scripts and checks.
// Exit 0 on success, 1 when Duly refused (bad rows, missing books), 2 when the command itself is
// wrong; always a one-line message on stderr when not 0.

const commands: Record<string, { run: (argv: string[], io: CliIO) => Promise<number>; help: string }> = {
  import: { run: importCommand, help: importHelp },
  ageing: { run: ageingCommand, help: ageingHelp },
  behaviour: { run: behaviourCommand, help: behaviourHelp },
  demo: { run: demoCommand, help: demoHelp },
  statements: { run: statementsCommand, help: statementsHelp },
  letters: { run: lettersCommand, help: lettersHelp },
};

const usage = `Duly: get paid without losing the customer.

Commands:
${Object.values(commands)
  .map((c) => c.help.split('\n')[0])
  .join('\n')}

Run "duly COMMAND --help" for more. Every command takes --today YYYY-MM-DD to fix "today".`;

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(
      `duly: there is no command "${name}"; try import, ageing, behaviour, demo, statements or letters.\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`duly ${name}: ${oneLine(e.message)}\n`);
      return 2;
    }
    if (isDulyError(e)) {
      // The one-line message on stderr; every problem, one per line, on stdout for the record.
      if (e.problems.length > 1) for (const p of e.problems) io.out(`Problem: ${describeProblem(p)}\n`);
      io.err(`duly ${name}: ${oneLine(e.message)}\n`);
      return 1;
    }
    if (e instanceof Error && String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`duly ${name}: ${oneLine(e.message)}\n`);
      return 2;
    }
    io.err(`duly ${name}: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}
