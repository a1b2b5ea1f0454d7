import { createEngine, engine as defaultEngine, FactsError } from '@safeguarding/rules';
import type { NextActions } from '@safeguarding/schemas';
import { requireDate, requireEdition } from './argument-checks.ts';
import { chooseCalendar } from './calendar-option.ts';
import type { CliIo } from './cli-io.ts';
import { formatNextActions } from './format-next-actions.ts';
import { parseArguments } from './parse-arguments.ts';
import { readFacts } from './read-facts.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  facts: { type: 'string', value: 'a YAML or JSON file, or - for standard input' },
  'as-of': { type: 'string', value: 'a date written YYYY-MM-DD' },
  edition: { type: 'string', value: 'one of wt2013, wt2015, wt2018, wt2023' },
  calendar: { type: 'string', value: 'a bank-holiday JSON file' },
  json: { type: 'boolean' },
} as const;

function factsProblem(error: FactsError): string {
  const problems = error.issues.map((issue) =>
    issue.path ? `${issue.path} ${issue.message}` : issue.message,
  );
  return problems.length === 1
    ? `the facts are not valid: ${problems[0]}`
    : `the facts are not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}

/** `safeguarding next`: what must be done on a case, and by when. */
export async function nextCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArguments(args, OPTIONS, 'safeguarding next');
  if (positionals.length > 0) {
    throw new UsageError(`next takes no bare arguments (got ${positionals[0]}); give the file with --facts`);
  }
  if (options.facts === undefined) {
    throw new UsageError('next needs --facts <file> (or --facts - to read standard input)');
  }
  const asOfOption = options['as-of'] === undefined ? undefined : requireDate('--as-of', options['as-of']);
  const edition = options.edition === undefined ? undefined : requireEdition(options.edition);
  const engine =
    options.calendar === undefined
      ? defaultEngine
      : createEngine({ calendar: chooseCalendar(options.calendar) });
  const { facts, scenarioAsOf } = await readFacts(options.facts, io);
  const asOf = asOfOption ?? scenarioAsOf ?? io.today();

  let result: NextActions;
  try {
    result = engine.nextActions(facts, edition ? { asOf, edition } : { asOf });
  } catch (error) {
    const asOfIssue = error instanceof FactsError && error.issues.find((issue) => issue.path === 'asOf');
    if (asOfIssue) throw new UsageError(`--as-of ${asOfIssue.message}`);
    if (error instanceof FactsError) throw new UsageError(factsProblem(error));
    // The calendar covers 1900 to 2199; a date beyond it is the user's to fix.
    if (error instanceof RangeError) throw new UsageError(`the dates cannot be worked out: ${error.message}`);
    throw error;
  }
  io.stdout(
    options.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : formatNextActions(result, {
          color: io.color ?? false,
          ...(io.columns === undefined ? {} : { width: io.columns }),
        }),
  );
  return 0;
}
