import type { Edition } from '@safeguarding/schemas';
import { requireDate, requireEdition } from './argument-checks.ts';
import { parseArguments } from './parse-arguments.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  'as-of': { type: 'string', value: 'a date written YYYY-MM-DD' },
  edition: { type: 'string', value: 'one of wt2013, wt2015, wt2018, wt2023' },
} as const;

/**
 * Whether the arguments open the chat: none, or only --as-of and --edition ("what was due on the
 * day this case came in?"). Undefined when they are a command for run().
 */
export function chatOptions(args: readonly string[]): { asOf?: string; edition?: Edition } | undefined {
  const [first] = args;
  if (first !== undefined && !first.startsWith('--as-of') && !first.startsWith('--edition')) return undefined;
  const { options, positionals } = parseArguments(args, OPTIONS, 'safeguarding');
  if (positionals.length > 0) {
    throw new UsageError(
      `the chat takes only --as-of and --edition (got ${positionals[0]}); ask a question with safeguarding ask`,
    );
  }
  return {
    ...(options['as-of'] === undefined ? {} : { asOf: requireDate('--as-of', options['as-of']) }),
    ...(options.edition === undefined ? {} : { edition: requireEdition(options.edition) }),
  };
}
