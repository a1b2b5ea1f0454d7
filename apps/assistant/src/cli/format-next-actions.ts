import { styleText } from 'node:util';
import { EDITIONS } from '@safeguarding/rules';
import type { NextAction, NextActions } from '@safeguarding/schemas';
import { standing } from '../present/answer-lines.ts';
import { actorWords } from './actor-words.ts';
import { longDate, shortDate } from './date-words.ts';
import { wrapText } from './wrap-text.ts';

export interface FormatOptions {
  color?: boolean;
  /** The terminal's width; every line fits it. 100 when output is not a terminal. */
  width?: number;
}

const DEFAULT_WIDTH = 100;
// Narrower than this the columns cannot hold a title: the lines wrap in the terminal instead.
const NARROWEST = 60;
const STATUS_WIDTH = 9;
const WHO_MAX_WIDTH = 21;
const GAP = '  ';
const NOTE_INDENT = '  - ';

const STATUS_WORDS: Record<NextAction['status'], string> = {
  due: 'due',
  overdue: 'overdue',
  done: 'done',
  'done-late': 'done late',
  pending: 'pending',
  ongoing: 'ongoing',
};

const STATUS_STYLE: Partial<Record<NextAction['status'], Parameters<typeof styleText>[0]>> = {
  overdue: ['red', 'bold'],
  due: 'yellow',
  done: 'green',
  'done-late': 'magenta',
};

/** Where the action stands, as the chat says it, then the rule for a clock that has not started. */
function standingWithRule(action: NextAction): string {
  const words = standing(action);
  if (action.status === 'ongoing') return `${words} (${action.deadline})`;
  return action.status === 'pending' ? `${words}: ${action.deadline}` : words;
}

function sources(action: NextAction): string {
  return `[${action.citations.map((citation) => `${citation.source} ${citation.ref}`).join('; ')}]`;
}

function detail(action: NextAction): string {
  const parts = [standingWithRule(action), action.strength === 'must' ? 'must (law)' : 'should (guidance)'];
  if (action.confidence !== 'high') parts.push(`${action.confidence} confidence, see notes`);
  parts.push(sources(action));
  return parts.join(' · ');
}

function editionTitle(edition: NextActions['edition']): string {
  return EDITIONS.find((info) => info.id === edition)?.title ?? edition;
}

// The heading of the caveat notes already says it; do not say it twice.
function withoutClosingAdvice(caveat: string): string {
  return caveat.replace(/\s*Check your local procedures\.?$/, '');
}

/**
 * The engine's answer as a short table for a terminal: the due date first, then the status, what
 * to do and who does it; under each row where it stands, how binding it is and its sources. Then
 * the caveats, the questions still open, and how many duties were ruled out.
 */
export function formatNextActions(result: NextActions, options: FormatOptions = {}): string {
  const width = Math.max(NARROWEST, options.width ?? DEFAULT_WIDTH);
  const paint = (style: Parameters<typeof styleText>[0] | undefined, text: string) =>
    options.color && style ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [paint('bold', `${editionTitle(result.edition)} · as of ${longDate(result.asOf)}`)];

  if (result.actions.length === 0) {
    lines.push('No duties apply to these facts on this date.');
  } else {
    lines.push(...formatTable(result, paint, width));
  }

  const uncertain = result.actions.filter((action) => action.confidence !== 'high');
  if (uncertain.length > 0) {
    lines.push('', 'Check your local procedures:');
    for (const action of uncertain) {
      const text = `${action.title} (${action.confidence} confidence): ${withoutClosingAdvice(action.caveat ?? 'the catalogue is not sure of this duty or its timescale.')}`;
      lines.push(...indentNote(text, width));
    }
  }

  if (result.questions.length > 0) {
    lines.push('', 'To be sure, tell me:');
    for (const question of result.questions) {
      const choices = question.options ? ` (${question.options.join(' / ')})` : '';
      lines.push(...indentNote(`${question.ask}${choices}`, width));
    }
  }

  if (result.notApplicable.length > 0) {
    const count = result.notApplicable.length;
    lines.push(
      '',
      `${count === 1 ? '1 other duty does' : `${count} other duties do`} not apply to these facts; --json shows why.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function indentNote(text: string, width: number): string[] {
  return wrapText(text, width - NOTE_INDENT.length).map(
    (line, index) => `${index === 0 ? NOTE_INDENT : ' '.repeat(NOTE_INDENT.length)}${line}`,
  );
}

type Paint = (style: Parameters<typeof styleText>[0] | undefined, text: string) => string;

/** The due date leaves out the year when it is the as-of year, which the heading already gives. */
function dueWords(action: NextAction, asOf: string): string {
  if (!action.dueDate) return 'no date';
  return shortDate(action.dueDate, { withYear: action.dueDate.slice(0, 4) !== asOf.slice(0, 4) });
}

/** Columns sized to this answer: the date and who-does-it as narrow as they can be, the title gets the rest. */
function formatTable(result: NextActions, paint: Paint, width: number): string[] {
  const dues = result.actions.map((action) => dueWords(action, result.asOf));
  const dueWidth = Math.max('DUE'.length, ...dues.map((due) => due.length));
  const whoWidth = Math.min(
    WHO_MAX_WIDTH,
    Math.max(...result.actions.map((action) => actorWords(action.actor).length)),
  );
  const whatColumn = dueWidth + GAP.length + STATUS_WIDTH + GAP.length;
  const whatWidth = width - whatColumn - GAP.length - whoWidth;

  const lines = [
    paint(
      'bold',
      ['DUE'.padEnd(dueWidth), 'STATUS'.padEnd(STATUS_WIDTH), 'WHAT'.padEnd(whatWidth), 'WHO'].join(GAP),
    ),
  ];
  result.actions.forEach((action, index) => {
    const what = wrapText(action.title, whatWidth);
    const who = wrapText(actorWords(action.actor), whoWidth);
    for (let row = 0; row < Math.max(what.length, who.length); row++) {
      const first = row === 0;
      const cells = [
        (first ? (dues[index] as string) : '').padEnd(dueWidth),
        paint(STATUS_STYLE[action.status], (first ? STATUS_WORDS[action.status] : '').padEnd(STATUS_WIDTH)),
        (what[row] ?? '').padEnd(whatWidth),
        who[row] ?? '',
      ];
      lines.push(cells.join(GAP).trimEnd());
    }
    for (const line of wrapText(detail(action), width - whatColumn)) {
      lines.push(`${' '.repeat(whatColumn)}${paint('dim', line)}`);
    }
  });
  return lines;
}
