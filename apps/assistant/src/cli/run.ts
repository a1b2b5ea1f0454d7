import { shown } from './argument-checks.ts';
import { askCommand } from './ask-command.ts';
import type { CliIo } from './cli-io.ts';
import { daysCommand } from './days-command.ts';
import { dutiesCommand } from './duties-command.ts';
import { nextCommand } from './next-command.ts';
import { packageVersion } from './package-version.ts';
import { templateCommand } from './template-command.ts';
import { USAGE } from './usage.ts';
import { UsageError } from './usage-error.ts';
import { validateCommand } from './validate-command.ts';

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_USAGE = 2;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  ask: askCommand,
  next: nextCommand,
  days: daysCommand,
  duties: dutiesCommand,
  validate: validateCommand,
  template: templateCommand,
};

/**
 * The `safeguarding` command line without a process: takes the arguments after the program
 * name, writes through `io`, and returns the exit code (0 done, 2 a mistake in the input,
 * 1 anything unexpected). Never throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || argv.includes('--help') || argv.includes('-h') || command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) {
      const what = command.startsWith('-') ? 'option' : 'command';
      throw new UsageError(
        `unknown ${what} ${shown(command)}: use ask, next, days, duties, validate or template (see safeguarding --help)`,
      );
    }
    return await handler(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeguarding: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // A defect, not the user's mistake: one line, no stack trace (it could echo case details).
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`safeguarding: something went wrong that should not have: ${message}\n`);
    return EXIT_UNEXPECTED;
  }
}
