import type { CatalogueData } from '@safeguarding/rules';
import { EDITIONS } from '@safeguarding/rules';
import type { FactPath, NextAction, NextActions } from '@safeguarding/schemas';
import { longDate, shortDate } from '../cli/date-words.ts';
import { citationText } from './citation-words.ts';
import { partyName } from './party-words.ts';
import { type Line, plain, type Segment, type Style, styled, wrapSegments } from './styled-text.ts';

export interface AnswerOptions {
  width: number;
  catalogue: Pick<CatalogueData, 'parties' | 'sources' | 'editions' | 'facts'>;
  /** How to find out why the other duties do not apply: "/why and a duty's name says why." in the chat. */
  notApplicableHint?: string;
}

const DATE_INDENT = 2;
const GAP = '  ';

const STATUS: Record<NextAction['status'], { words: string; style?: Style[] }> = {
  due: { words: 'due', style: ['yellow'] },
  overdue: { words: 'OVERDUE', style: ['red', 'bold'] },
  done: { words: 'done', style: ['green'] },
  'done-late': { words: 'done late', style: ['magenta'] },
  pending: { words: 'not started' },
  ongoing: { words: 'ongoing' },
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Where the action stands: "5 working days left", "2 working days overdue", "done". */
export function standing(action: NextAction): string {
  const left = action.workingDaysRemaining;
  switch (action.status) {
    case 'due':
      if (left === undefined) return 'no national timescale';
      return left === 0 ? 'due today' : `${plural(left, 'working day')} left`;
    case 'overdue':
      return left === undefined || left === 0 ? 'overdue' : `${plural(-left, 'working day')} overdue`;
    case 'done':
      return 'done in time';
    case 'done-late':
      return 'done after the due date';
    case 'pending':
      return action.projected
        ? 'at the latest, if its clock starts as late as it may'
        : 'its clock has not started';
    case 'ongoing':
      return 'standing duty';
  }
}

/** The date column: "Mon 30 Nov" (with the year unless it is the as-of year), or what stands in for one. */
export function dueWords(action: NextAction, asOf?: string): string {
  if (action.dueDate === null) return action.status === 'ongoing' ? 'ongoing' : 'no date yet';
  return shortDate(action.dueDate, { withYear: action.dueDate.slice(0, 4) !== asOf?.slice(0, 4) });
}

function editionTitle(edition: NextActions['edition']): string {
  return EDITIONS.find((info) => info.id === edition)?.title ?? edition;
}

/**
 * The actions' reasons, each said once: the facts that made duties apply (the engine's clauses,
 * merged), the events the clocks run from, and the facts still open. A clause that another says
 * in full ("the child died" beside "the child died on 22 November 2026") is left out.
 */
export function reasons(actions: readonly NextAction[]): {
  facts: string[];
  clocks: string[];
  open: string[];
} {
  const facts: string[] = [];
  const clocks: string[] = [];
  const open: string[] = [];
  const add = (list: string[], item: string) => {
    const text = item.trim().replace(/\.$/, '');
    if (text !== '' && !list.some((known) => known.toLowerCase() === text.toLowerCase())) list.push(text);
  };
  for (const action of actions) {
    for (const sentence of action.why.split(/(?<=\.)\s+(?=[A-Z])/)) {
      if (sentence.startsWith('The clock runs from '))
        add(clocks, sentence.slice('The clock runs from '.length));
      else if (sentence.startsWith('Not yet certain: it depends on '))
        add(open, sentence.slice('Not yet certain: it depends on '.length));
      else if (sentence.startsWith('Its clock has not started') || sentence.startsWith('Done: ')) continue;
      else
        for (const clause of sentence.split('; '))
          add(facts, clause.charAt(0).toLowerCase() + clause.slice(1));
    }
  }
  const unique = facts.filter(
    (clause) =>
      !facts.some((other) => other !== clause && other.toLowerCase().startsWith(clause.toLowerCase())),
  );
  return { facts: unique, clocks, open };
}

function withoutClosingAdvice(caveat: string): string {
  return caveat.replace(/\s*Check your local procedures\.?$/, '');
}

/**
 * The engine's answer for a terminal of `width` columns: a short dated list (the date first, then
 * the action, who does it and who gets it, must or should, working days left), then why, the
 * sources, and the caveats for anything below high confidence. Every word comes from the engine's
 * answer or the catalogue's names.
 */
export function answerLines(result: NextActions, options: AnswerOptions): Line[] {
  const { width, catalogue } = options;
  const lines: Line[] = [];
  const paragraph = (segments: Segment[], indent = '', firstIndent = indent) =>
    lines.push(...wrapSegments(segments, width, { firstIndent, indent }));

  paragraph([styled(`${editionTitle(result.edition)} · as of ${longDate(result.asOf)}`, 'bold')]);
  for (const warning of result.warnings ?? [])
    paragraph([styled('Warning: ', 'yellow', 'bold'), plain(warning)], '  ');

  if (result.actions.length === 0) {
    paragraph([plain('No duties apply to these facts on this date.')]);
  } else {
    const dates = result.actions.map((action) => dueWords(action, result.asOf));
    const dateWidth = Math.max(...dates.map((date) => date.length));
    const column = ' '.repeat(DATE_INDENT + dateWidth + GAP.length);
    result.actions.forEach((action, index) => {
      const status = STATUS[action.status];
      const date = (dates[index] ?? '').padEnd(dateWidth);
      const dateStyle: Style[] = action.status === 'overdue' ? ['red', 'bold'] : ['bold'];
      paragraph(
        [styled(date, ...dateStyle), plain(GAP), styled(action.title, 'bold')],
        column,
        ' '.repeat(DATE_INDENT),
      );
      const recipients = action.recipients.map((party) => partyName(party, catalogue));
      paragraph(
        [
          plain(partyName(action.actor, catalogue)),
          ...(recipients.length > 0 ? [styled(' → ', 'dim'), plain(recipients.join(', '))] : []),
        ],
        column,
      );
      const detail: Segment[] = [
        styled(status.words, ...(status.style ?? [])),
        styled(' · ', 'dim'),
        plain(standing(action)),
        styled(' · ', 'dim'),
        plain(action.strength === 'must' ? 'must (law)' : 'should (guidance)'),
      ];
      if (action.confidence !== 'high') {
        detail.push(styled(' · ', 'dim'), styled(`${action.confidence} confidence`, 'yellow'));
      }
      if (action.dependsOn && action.dependsOn.length > 0) {
        const facts = action.dependsOn.map((fact) => catalogue.facts[fact as FactPath]?.label ?? fact);
        detail.push(
          styled(' · ', 'dim'),
          styled(`if it applies: depends on ${facts.join(' and ')}`, 'yellow'),
        );
      }
      paragraph(detail, column);
    });
  }

  const why = reasons(result.actions);
  if (why.facts.length + why.clocks.length + why.open.length > 0) lines.push([]);
  if (why.facts.length > 0) paragraph([styled('Why: ', 'bold'), plain(`${why.facts.join('; ')}.`)], '  ', '');
  if (why.clocks.length > 0)
    paragraph([styled('Clocks run from: ', 'bold'), plain(`${why.clocks.join('; ')}.`)], '  ', '');
  if (why.open.length > 0)
    paragraph(
      [styled('Not yet certain: ', 'bold'), plain(`it depends on ${why.open.join('; ')}.`)],
      '  ',
      '',
    );

  if (result.actions.length > 0) {
    lines.push([]);
    lines.push([styled('Sources', 'bold')]);
    for (const action of result.actions) {
      const cited = action.citations.map((citation) => citationText(citation, catalogue)).join('; ');
      paragraph([plain(`${action.title}: `), styled(cited, 'dim')], '    ', '  ');
    }
  }

  const uncertain = result.actions.filter(
    (action) => action.caveat !== undefined || action.confidence !== 'high',
  );
  if (uncertain.length > 0) {
    lines.push([]);
    lines.push([styled('Check your local procedures', 'bold', 'yellow')]);
    for (const action of uncertain) {
      const caveat = withoutClosingAdvice(
        action.caveat ?? 'The catalogue is not sure of this duty or its timescale.',
      );
      paragraph(
        [plain(`${action.title} (${action.confidence} confidence): `), plain(caveat)],
        '    ',
        '  - ',
      );
    }
  }

  if (result.checklist && result.checklist.length > 0) {
    lines.push([]);
    lines.push([
      styled(`What the published arrangements must contain (${editionTitle(result.edition)})`, 'bold'),
    ]);
    for (const item of result.checklist) {
      const how = item.required ? '' : ' (recommended)';
      paragraph(
        [plain(`${item.item}${how} `), styled(`[${citationText(item.citation, catalogue)}]`, 'dim')],
        '    ',
        '  - ',
      );
    }
  }

  if (result.notApplicable.length > 0) {
    const count = result.notApplicable.length;
    lines.push([]);
    paragraph([
      styled(
        `${count === 1 ? '1 other duty does' : `${count} other duties do`} not apply to these facts; ${options.notApplicableHint ?? "/why and a duty's name says why."}`,
        'dim',
      ),
    ]);
  }
  return lines;
}
