import { EDITIONS } from '@safeguarding/rules';
import type { Edition } from '@safeguarding/schemas';
import { askOnce } from '../conversation/ask-once.ts';
import { createContext } from '../conversation/create-context.ts';
import { answerLines } from '../present/answer-lines.ts';
import { entryLines, infoLines } from '../present/entry-lines.ts';
import { type Line, plain, renderLines, styled, wrapSegments } from '../present/styled-text.ts';
import { requireDate, requireEdition } from './argument-checks.ts';
import type { CliIo } from './cli-io.ts';
import { parseArguments } from './parse-arguments.ts';
import { UsageError } from './usage-error.ts';

const OPTIONS = {
  'as-of': { type: 'string', value: 'a date written YYYY-MM-DD' },
  edition: { type: 'string', value: 'one of wt2013, wt2015, wt2018, wt2023' },
  json: { type: 'boolean' },
} as const;

/**
 * `safeguarding ask "<question>"`: the chat's understanding and answer for one message, without
 * follow-up questions (they are listed instead). `--json` prints { facts, understood, questions,
 * answer }. The question may come on standard input.
 */
export async function askCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArguments(args, OPTIONS, 'safeguarding ask');
  const asOf = options['as-of'] === undefined ? io.today() : requireDate('--as-of', options['as-of']);
  const first = EDITIONS[0]!;
  if (asOf < first.inForceFrom) {
    throw new UsageError(
      `--as-of is before ${first.inForceFrom}, when ${first.title} came in; the toolkit covers ${first.title} onwards`,
    );
  }
  const edition: Edition | undefined =
    options.edition === undefined ? undefined : requireEdition(options.edition);
  const question = positionals.length > 0 ? positionals.join(' ') : (await io.readStdin()).trim();
  if (question === '') {
    throw new UsageError(
      'ask needs a question: safeguarding ask "a 9 week old baby died yesterday" (or pipe it in)',
    );
  }
  const context = createContext();
  const result = askOnce(question, edition ? { asOf, edition } : { asOf }, context);
  if (result.problem) throw new UsageError(result.problem.replace(/^These/, 'these'));
  if (options.json) {
    const { facts, understood, questions, answer } = result;
    io.stdout(`${JSON.stringify({ facts, understood, questions, answer }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(60, io.columns ?? 100);
  const catalogue = context.engine.catalogue.data;
  const lines: Line[] = [];
  if (result.understood.length > 0) {
    lines.push(
      ...entryLines(
        {
          kind: 'understood',
          spans: result.understood.map(({ fact, ...span }) => ({ ...span, path: fact })),
          unplaced: [],
        },
        { width, catalogue, knowledge: context.knowledge },
      ),
      [],
    );
  }
  const answer = result.answer;
  if ('kind' in answer) lines.push(...infoLines(answer, { width, catalogue }));
  else lines.push(...answerLines(answer, { width, catalogue, notApplicableHint: '--json shows why.' }));
  if (result.asking.length > 0) {
    lines.push([], [styled('To be sure, tell me:', 'bold')]);
    for (const asked of result.asking) {
      const choices =
        asked.kind === 'choice'
          ? ` (${asked.options
              .filter((option) => option.value !== null)
              .map((option) => option.label)
              .join(' / ')})`
          : '';
      lines.push(
        ...wrapSegments([plain(`${asked.ask}${choices}`)], width, { firstIndent: '  - ', indent: '    ' }),
      );
    }
  }
  io.stdout(`${renderLines(lines, io.color ?? false)}\n`);
  return 0;
}
