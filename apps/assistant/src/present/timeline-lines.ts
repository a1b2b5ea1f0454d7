import type { CatalogueData } from '@safeguarding/rules';
import { toDayNumber } from '@safeguarding/rules';
import type { EventName, NextActions } from '@safeguarding/schemas';
import type { CaseMap } from '../case/case-map.ts';
import { shortDate } from '../cli/date-words.ts';
import { type Line, plain, type Style, styled, wrapSegments } from './styled-text.ts';

interface Mark {
  date: string;
  symbol: string;
  style: Style[];
  text: string;
  note?: string;
  order: number;
}

const SYMBOL = {
  event: '●',
  today: '◆',
  due: '○',
  overdue: '!',
  done: '✓',
} as const;

function gapWords(days: number): string {
  if (days >= 14) return `${Math.round(days / 7)} weeks`;
  return `${days} days`;
}

/**
 * The case drawn as a dated timeline: what happened (●), today (◆), and each due date (○; ! when
 * overdue; ✓ when done), with the gap between dates when it is more than a week. Undated duties
 * follow.
 */
export function timelineLines(
  result: NextActions,
  facts: CaseMap,
  options: { width: number; catalogue: Pick<CatalogueData, 'events'> },
): Line[] {
  const marks: Mark[] = [];
  let order = 0;
  for (const [path, value] of Object.entries(facts)) {
    if (!path.startsWith('events.') || typeof value !== 'string') continue;
    const label = options.catalogue.events[path.slice('events.'.length) as EventName]?.label ?? path;
    marks.push({ date: value, symbol: SYMBOL.event, style: ['cyan'], text: label, order: order++ });
  }
  marks.push({
    date: result.asOf,
    symbol: SYMBOL.today,
    style: ['bold'],
    text: 'today (the answer is as of this day)',
    order: -1,
  });
  const undated: string[] = [];
  for (const action of result.actions) {
    if (action.dueDate === null) {
      undated.push(`${action.title} (${action.status === 'ongoing' ? 'ongoing' : 'no date yet'})`);
      continue;
    }
    const symbol =
      action.status === 'overdue'
        ? SYMBOL.overdue
        : action.status === 'done' || action.status === 'done-late'
          ? SYMBOL.done
          : SYMBOL.due;
    const style: Style[] =
      action.status === 'overdue'
        ? ['red', 'bold']
        : action.status.startsWith('done')
          ? ['green']
          : ['yellow'];
    const note =
      action.status === 'overdue'
        ? 'overdue'
        : action.status === 'pending'
          ? 'at the latest'
          : action.status === 'done'
            ? 'done'
            : action.status === 'done-late'
              ? 'done late'
              : undefined;
    marks.push({
      date: action.dueDate,
      symbol,
      style,
      text: action.title,
      ...(note ? { note } : {}),
      order: order++,
    });
  }
  marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));

  const withYear = new Set(marks.map((mark) => mark.date.slice(0, 4))).size > 1;
  const dateWidth = Math.max(...marks.map((mark) => shortDate(mark.date, { withYear }).length));
  const indent = ' '.repeat(2 + dateWidth + 5);
  const lines: Line[] = [[styled(`Timeline · as of ${shortDate(result.asOf)}`, 'bold')]];
  let previous: string | undefined;
  for (const mark of marks) {
    if (previous !== undefined) {
      const days = toDayNumber(mark.date) - toDayNumber(previous);
      if (days > 7) lines.push([plain(' '.repeat(2 + dateWidth + 2)), styled(`┆ ${gapWords(days)}`, 'dim')]);
      else if (days > 0) lines.push([plain(' '.repeat(2 + dateWidth + 2)), styled('│', 'dim')]);
    }
    const dateText =
      mark.date === previous ? ''.padEnd(dateWidth) : shortDate(mark.date, { withYear }).padEnd(dateWidth);
    lines.push(
      ...wrapSegments(
        [
          plain(`  ${dateText}  `),
          styled(mark.symbol, ...mark.style),
          plain('  '),
          plain(mark.text),
          ...(mark.note ? [styled(` (${mark.note})`, 'dim')] : []),
        ],
        options.width,
        { indent },
      ),
    );
    previous = mark.date;
  }
  if (undated.length > 0) {
    lines.push([]);
    for (const text of undated)
      lines.push(...wrapSegments([styled('  · ', 'dim'), plain(text)], options.width, { indent: '    ' }));
  }
  return lines;
}
