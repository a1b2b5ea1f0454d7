import type { WorkingDayCalendar } from '@safeguarding/rules';
import { longDate } from '../cli/date-words.ts';
import { findDateMentions } from '../understanding/date-mentions.ts';
import { resolveDate } from '../understanding/resolve-date.ts';
import type { InfoAnswer } from './info-answer.ts';
import type { Knowledge } from './knowledge-file.ts';

export interface WorkingDayContext {
  calendar: WorkingDayCalendar;
  knowledge: Pick<Knowledge, 'calendarCitation'>;
  asOf: string;
}

const COUNTED = /(\d+)\s+(?:working|business)\s+days?\s+(before|after|from|prior to|since)\b/i;
const IS_WORKING_DAY = /\bis\b.*\b(?:a|an)\s+(working day|business day|bank holiday|workday|work day)\b/i;
const BETWEEN = /\b(?:working|business)\s+days?\b.*\b(?:between|from)\b/i;

const RULE =
  'Working days are Monday to Friday, except bank holidays in England and Wales; the day counted from is day 0.';

/**
 * Answers questions about working days: "20 working days before 1 June", "is 28 December a working
 * day?", "working days between 1 and 19 December". Undefined when the question is not one of these.
 * A date without a year is the next such day on or after the as-of date, and the answer says the
 * full date, so nothing is left to guess.
 */
export function answerWorkingDayQuestion(
  question: string,
  context: WorkingDayContext,
): InfoAnswer | undefined {
  const counted = COUNTED.exec(question);
  if (counted) {
    const amount = Number(counted[1]);
    const backwards = /before|prior/i.test(counted[2]!);
    const date = datesIn(question.slice(counted.index + counted[0].length), context)[0];
    if (!date) return undefined;
    const result = context.calendar.addWorkingDays(date, backwards ? -amount : amount);
    const relation = `${amount} working day${amount === 1 ? '' : 's'} ${backwards ? 'before' : 'after'} ${longDate(date)}`;
    return answer(`${longDate(result)} is ${relation}.`, [date, result], context);
  }
  if (IS_WORKING_DAY.test(question)) {
    const date = datesIn(question, context)[0];
    if (!date) return undefined;
    const holiday = context.calendar.bankHolidays(date, date)[0];
    const weekday = longDate(date).split(' ')[0]!;
    const text = context.calendar.isWorkingDay(date)
      ? `${longDate(date)} is a working day.`
      : holiday
        ? `${longDate(date)} is not a working day: it is a bank holiday in England and Wales (${holiday.title}).`
        : `${longDate(date)} is not a working day: it is a ${weekday}.`;
    return answer(text, [date], context);
  }
  if (BETWEEN.test(question)) {
    const [from, to] = datesIn(question, context);
    if (!from || !to) return undefined;
    const count = context.calendar.workingDaysBetween(from, to);
    const text = `There ${Math.abs(count) === 1 ? 'is' : 'are'} ${Math.abs(count)} working day${Math.abs(count) === 1 ? '' : 's'} after ${longDate(from)}, up to and including ${longDate(to)}.`;
    return answer(text, [from, to], context);
  }
  return undefined;
}

function datesIn(text: string, context: WorkingDayContext): string[] {
  return findDateMentions(text, context.asOf).flatMap((mention) => {
    const date = resolveDate(mention.form, context.asOf, 'future');
    return date ? [date] : [];
  });
}

function answer(text: string, dates: string[], context: WorkingDayContext): InfoAnswer {
  const { first, last } = context.calendar.officialYears;
  const outside = dates.some((date) => Number(date.slice(0, 4)) < first || Number(date.slice(0, 4)) > last);
  const provisional = outside
    ? ` The official bank-holiday list covers ${first} to ${last}; other years are worked out by rule and may change.`
    : '';
  return {
    kind: 'info',
    text: `${text}\n${RULE}${provisional}`,
    citations: [context.knowledge.calendarCitation],
  };
}
