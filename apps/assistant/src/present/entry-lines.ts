import type { CatalogueData } from '@safeguarding/rules';
import { type CaseMap, casePaths } from '../case/case-map.ts';
import { factInWords } from '../case/fact-words.ts';
import { longDate, shortDate } from '../cli/date-words.ts';
import { COMMANDS } from '../conversation/commands/commands.ts';
import type { AssistantQuestion, TranscriptEntry } from '../conversation/state.ts';
import type { InfoAnswer } from '../knowledge/info-answer.ts';
import type { Knowledge } from '../knowledge/knowledge-file.ts';
import { answerLines } from './answer-lines.ts';
import { citationText } from './citation-words.ts';
import { type Line, plain, styled, wrapSegments } from './styled-text.ts';
import { timelineLines } from './timeline-lines.ts';

export interface EntryOptions {
  width: number;
  catalogue: CatalogueData;
  knowledge: Pick<Knowledge, 'examples'>;
}

/** A transcript entry as lines for the terminal. */
export function entryLines(entry: TranscriptEntry, options: EntryOptions): Line[] {
  const { width, catalogue } = options;
  switch (entry.kind) {
    case 'user':
      return wrapSegments([styled(entry.text, 'bold')], width, { firstIndent: '› ', indent: '  ' });
    case 'understood':
      return understoodLines(entry.spans, entry.unplaced, options);
    case 'answered':
      return wrapSegments([styled(`${entry.ask} `, 'dim'), plain(entry.answer)], width, {
        firstIndent: '  ',
        indent: '  ',
      });
    case 'answer':
      return answerLines(entry.result, { width, catalogue });
    case 'info':
      return infoLines(entry.answer, options);
    case 'notice': {
      const style =
        entry.tone === 'error'
          ? (['red'] as const)
          : entry.tone === 'warning'
            ? (['yellow'] as const)
            : ([] as const);
      return wrapSegments([styled(entry.text, ...style)], width);
    }
    case 'facts':
      return factsLines(entry.facts, entry.asOf, entry.edition, options);
    case 'timeline':
      return timelineLines(entry.result, entry.facts, { width, catalogue });
    case 'due':
      return dueLines(entry, options);
    case 'help':
      return helpLines(options);
  }
}

function understoodLines(
  spans: Extract<TranscriptEntry, { kind: 'understood' }>['spans'],
  unplaced: Extract<TranscriptEntry, { kind: 'understood' }>['unplaced'],
  { width, catalogue }: EntryOptions,
): Line[] {
  const lines: Line[] = [];
  if (spans.length > 0) {
    lines.push([styled('I understood:', 'dim')]);
    for (const span of spans) {
      lines.push(
        ...wrapSegments(
          [plain(factInWords(span.path, span.value, catalogue)), styled(`  “${span.text}”`, 'dim')],
          width,
          { firstIndent: '  · ', indent: '    ' },
        ),
      );
    }
  }
  for (const date of unplaced) {
    lines.push(
      ...wrapSegments(
        [
          styled(
            `I did not know what happened on ${longDate(date.date)} (“${date.text.trim()}”); say it with the event, or use /facts.`,
            'yellow',
          ),
        ],
        width,
        { firstIndent: '  ', indent: '  ' },
      ),
    );
  }
  return lines;
}

export function infoLines(
  answer: InfoAnswer,
  { width, catalogue }: Pick<EntryOptions, 'width' | 'catalogue'>,
): Line[] {
  const lines: Line[] = [];
  for (const paragraph of answer.text.split('\n')) {
    if (paragraph === '') {
      lines.push([]);
      continue;
    }
    const bullet = paragraph.startsWith('- ');
    lines.push(
      ...wrapSegments([plain(bullet ? paragraph.slice(2) : paragraph)], width, {
        firstIndent: bullet ? '  - ' : '',
        indent: bullet ? '    ' : '',
      }),
    );
  }
  if (answer.citations.length > 0) {
    lines.push(
      ...wrapSegments(
        [
          styled('Sources: ', 'bold'),
          styled(answer.citations.map((citation) => citationText(citation, catalogue)).join('; '), 'dim'),
        ],
        width,
        { indent: '  ' },
      ),
    );
  }
  return lines;
}

function factsLines(
  facts: CaseMap,
  asOf: string,
  edition: string | undefined,
  { width, catalogue }: EntryOptions,
): Line[] {
  const lines: Line[] = [
    [
      styled(
        `The case, as of ${longDate(asOf)}${edition ? ` (under ${catalogue.editions.find((entry) => entry.id === edition)?.title})` : ''}`,
        'bold',
      ),
    ],
  ];
  const paths = casePaths(facts);
  if (paths.length === 0) lines.push([plain('  No facts yet. Tell me what happened.')]);
  for (const path of paths) {
    lines.push(
      ...wrapSegments(
        [plain(factInWords(path, facts[path]!, catalogue)), styled(`  ${path}`, 'dim')],
        width,
        {
          firstIndent: '  · ',
          indent: '    ',
        },
      ),
    );
  }
  lines.push(
    ...wrapSegments(
      [styled('Correct one in words ("actually she is 17") or with /facts <fact> <value>.', 'dim')],
      width,
    ),
  );
  return lines;
}

function dueLines(entry: Extract<TranscriptEntry, { kind: 'due' }>, { width }: EntryOptions): Line[] {
  if (entry.items.length === 0) return [[plain('Nothing is due on your cases.')]];
  const lines: Line[] = [[styled(`Due across your cases, as of ${longDate(entry.asOf)}`, 'bold')]];
  const sorted = [...entry.items].sort((a, b) =>
    (a.action.dueDate ?? '~').localeCompare(b.action.dueDate ?? '~'),
  );
  for (const item of sorted) {
    const date = item.action.dueDate ? shortDate(item.action.dueDate) : 'no date';
    const overdue = item.action.status === 'overdue';
    lines.push(
      ...wrapSegments(
        [
          styled(date.padEnd(15), ...(overdue ? (['red', 'bold'] as const) : (['bold'] as const))),
          plain(item.action.title),
          styled(
            `  ${item.recordType.replace(/-/g, ' ')} ${item.recordId}${overdue ? ' · overdue' : ''}`,
            'dim',
          ),
        ],
        width,
        { firstIndent: '  ', indent: ' '.repeat(17) },
      ),
    );
  }
  lines.push(...wrapSegments([styled('/case and an id loads that record.', 'dim')], width));
  return lines;
}

function helpLines({ width, knowledge }: EntryOptions): Line[] {
  const lines: Line[] = [
    [
      styled(
        'Tell me about a case in your own words, and I will list what must be done and by when.',
        'bold',
      ),
    ],
    ...wrapSegments(
      [
        plain(
          'Everything stays on this machine. Later messages add to the same case until /new. Ask general questions too.',
        ),
      ],
      width,
    ),
    [],
    [styled('For example', 'bold')],
  ];
  for (const example of knowledge.examples)
    lines.push(...wrapSegments([plain(example)], width, { firstIndent: '  ', indent: '    ' }));
  lines.push([], [styled('Commands', 'bold')]);
  const usageWidth = Math.max(...COMMANDS.map((command) => command.usage.length));
  for (const command of COMMANDS) {
    lines.push(
      ...wrapSegments(
        [styled(command.usage.padEnd(usageWidth), 'cyan'), plain(`  ${command.summary}`)],
        width,
        {
          firstIndent: '  ',
          indent: ' '.repeat(usageWidth + 4),
        },
      ),
    );
  }
  lines.push(...wrapSegments([styled('Up and down recall what you typed. Ctrl+C leaves.', 'dim')], width));
  return lines;
}

/** A follow-up question and its options, the one chosen marked. */
export function questionLines(
  question: AssistantQuestion,
  selected: number,
  { width, position }: { width: number; position: number },
): Line[] {
  const lines: Line[] = wrapSegments(
    [styled('? ', 'cyan', 'bold'), styled(question.ask, 'bold'), styled(`  (question ${position})`, 'dim')],
    width,
    { indent: '  ' },
  );
  question.options.forEach((option, index) => {
    const chosen = index === selected;
    lines.push(
      ...wrapSegments(
        [
          styled(
            `${chosen ? '❯' : ' '} ${index + 1}. `,
            ...(chosen ? (['cyan'] as const) : (['dim'] as const)),
          ),
          styled(option.label, ...(chosen ? (['cyan'] as const) : [])),
        ],
        width,
        { firstIndent: '  ', indent: '      ' },
      ),
    );
  });
  const how =
    question.kind === 'date'
      ? 'Pick with ↑ ↓ and Enter, or type a date. "skip all" answers now.'
      : question.kind === 'number'
        ? 'Type a number, or pick "I don\'t know". "skip all" answers now.'
        : 'Pick with ↑ ↓ and Enter, or type the number or words. "skip all" answers now.';
  lines.push(...wrapSegments([styled(how, 'dim')], width, { firstIndent: '  ', indent: '  ' }));
  return lines;
}
