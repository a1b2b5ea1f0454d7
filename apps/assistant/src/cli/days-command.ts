import type { WorkingDayCalendar } from '@safeguarding/rules';
import { requireDate, requireWholeNumber, shown } from './argument-checks.ts';
import { chooseCalendar } from './calendar-option.ts';
import type { CliIo } from './cli-io.ts';
import { longDate, shortWeekday } from './date-words.ts';
import { parseArguments } from './parse-arguments.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  calendar: { type: 'string', value: 'a bank-holiday JSON file' },
  from: { type: 'string', value: 'a date written YYYY-MM-DD' },
  to: { type: 'string', value: 'a date written YYYY-MM-DD' },
} as const;

const SUBCOMMANDS = 'add, between or holidays';

function plural(count: number, word: string): string {
  return `${count} ${word}${Math.abs(count) === 1 ? '' : 's'}`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function expectPositionals(positionals: readonly string[], count: number, needs: string): void {
  if (positionals.length < count) throw new UsageError(needs);
  if (positionals.length > count)
    throw new UsageError(`unexpected argument ${shown(positionals[count] as string)}`);
}

/** The calendar refuses dates outside 1900–2199 with a RangeError: that is the user's input to fix. */
function withinCalendar<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** `safeguarding days add|between|holidays`: England and Wales working-day arithmetic. */
export async function daysCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand.startsWith('-')) {
    throw new UsageError(`days needs a command: ${SUBCOMMANDS} (see safeguarding --help)`);
  }
  if (subcommand !== 'add' && subcommand !== 'between' && subcommand !== 'holidays') {
    throw new UsageError(`unknown days command "${shown(subcommand)}": use ${SUBCOMMANDS}`);
  }
  const { options, positionals } = parseArguments(rest, OPTIONS, `safeguarding days ${subcommand}`);
  if (subcommand !== 'holidays') {
    for (const name of ['from', 'to'] as const) {
      if (options[name] !== undefined) throw new UsageError(`--${name} is only for days holidays`);
    }
  }
  const calendar = chooseCalendar(options.calendar);
  const out = (text: string, value: unknown) => io.stdout(options.json ? json(value) : `${text}\n`);

  switch (subcommand) {
    case 'add': {
      expectPositionals(
        positionals,
        2,
        'days add needs a date and a number of working days, e.g. days add 2025-02-20 -7',
      );
      const from = requireDate('the date', positionals[0] as string);
      const workingDays = requireWholeNumber('the number of working days', positionals[1] as string);
      const date = withinCalendar(() => calendar.addWorkingDays(from, workingDays));
      const relation = workingDays >= 0 ? 'after' : 'before';
      out(
        `${date}  ${longDate(date)} is ${plural(Math.abs(workingDays), 'working day')} ${relation} ${longDate(from)}`,
        {
          from,
          workingDays,
          date,
        },
      );
      return 0;
    }
    case 'between': {
      expectPositionals(
        positionals,
        2,
        'days between needs two dates, e.g. days between 2026-11-23 2026-11-30',
      );
      const from = requireDate('the first date', positionals[0] as string);
      const to = requireDate('the second date', positionals[1] as string);
      const workingDays = withinCalendar(() => calendar.workingDaysBetween(from, to));
      out(
        `${longDate(to)} is ${plural(Math.abs(workingDays), 'working day')} ${workingDays < 0 ? 'before' : 'after'} ${longDate(from)}`,
        {
          from,
          to,
          workingDays,
        },
      );
      return 0;
    }
    case 'holidays':
      return holidays(calendar, options, positionals, io);
  }
}

function holidays(
  calendar: WorkingDayCalendar,
  options: { from?: string; to?: string; json?: boolean },
  positionals: readonly string[],
  io: CliIo,
): number {
  expectPositionals(positionals, 0, '');
  if (options.from === undefined || options.to === undefined) {
    throw new UsageError('days holidays needs --from <date> and --to <date>');
  }
  const from = requireDate('--from', options.from);
  const to = requireDate('--to', options.to);
  if (from > to) throw new UsageError(`--from (${from}) must be on or before --to (${to})`);
  const list = withinCalendar(() => calendar.bankHolidays(from, to));
  if (options.json) {
    io.stdout(json(list));
    return 0;
  }
  if (list.length === 0) {
    io.stdout(`No bank holidays in England and Wales from ${longDate(from)} to ${longDate(to)}.\n`);
    return 0;
  }
  const lines = list.map(
    (holiday) =>
      `${holiday.date}  ${shortWeekday(holiday.date)}  ${holiday.title}${holiday.provisional ? '  (provisional: computed by rule, not yet in the official list)' : ''}`,
  );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
