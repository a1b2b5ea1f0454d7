import { isValidDate } from '@safeguarding/rules';
import * as chrono from 'chrono-node/en';
import { NAMED_DAY_PATTERN, namedDayKey } from './named-days.ts';
import { withinTypo } from './typo-distance.ts';

/** How a date was written, which decides how it is resolved against the as-of date. */
export type DateForm =
  /** A day fixed by the words alone: "5 June 2026", "yesterday", "three days ago". */
  | { kind: 'exact'; date: string }
  /** A day and month without a year: "3 March", "05/06". */
  | { kind: 'day-and-month'; month: number; day: number }
  /** A day of the week: "on Wednesday", "last Tuesday", "2am on Sunday". */
  | { kind: 'weekday'; weekday: number; modifier?: 'last' | 'next' | 'this' }
  /** A day of the month alone: "on the 15th", "Friday 13th"; "the 3rd of last month" a month back. */
  | { kind: 'day-of-month'; day: number; weekday?: number; monthsBack?: number }
  /** A named day: "Christmas Eve", "Good Friday 2025". */
  | { kind: 'named'; key: string; year?: number }
  /** "The same day", "that day": the date said just before. */
  | { kind: 'same-day' };

export interface DateMention {
  start: number;
  end: number;
  text: string;
  form: DateForm;
  /** Read by a rule of our own that beats chrono-node's reading where they overlap. */
  sure?: boolean;
}

const VAGUE = /\b(week|weekend|fortnight|month|year)\b/i;
const AGO = /\b(ago)\b/i;
// "2 days after", "a week later": counted from something else, not from today.
const COUNTED_ON = /\b(after|later|from now)\b/i;
const ABBREVIATED_DAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const DAY_ABBREVIATION_CONTEXT = /\b(on|last|next|this|since|from|by|until|till)\s+$/i;
const DAY_OF_MONTH =
  /\b(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
const ON_THE_NUMBER =
  /\bon the (\d{1,2})\b(?!\s*(?:st|nd|rd|th|[/.:-]\d|am|pm|working|days?|weeks?|months?|years?|hours?|of))/gi;
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS = `${MONTH_PREFIXES.join('|')}|sept`;
// "2 June", "14th Nov 2025": a number then a month is that day, whatever follows ("2 June, first RCPC").
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})[a-z]*\\.?(?:\\s+(\\d{4}|\\d{2}))?\\b`,
  'gi',
);
const LAST_MONTH =
  /\blast month,?\s+(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b|\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+last month\b/gi;
const SAME_DAY = /\b(?:on\s+)?(?:the\s+same\s+day|same\s+day|that\s+(?:same\s+)?day)\b/gi;
const DOTTED_SHORT_YEAR = /\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?!\.\d)/g;

/**
 * Finds the dates in the text, read as a UK writer means them (day first) and relative to the
 * as-of date in Europe/London. Only whole days count: a time of day on its own ("at 2am") or a
 * vague span ("last week", "in March") is not a date. chrono-node reads most forms; named days,
 * a day of the month alone and dotted dates with a two-digit year are read here.
 */
export function findDateMentions(original: string, asOf: string): DateMention[] {
  const { text, origin } = correctDateWords(original);
  const reference = { instant: new Date(`${asOf}T12:00:00Z`), timezone: 'Europe/London' };
  const mentions: DateMention[] = [];
  for (const result of chrono.GB.parse(text, reference, { forwardDate: false })) {
    const form = formOf(result, text);
    if (form) {
      const written = result.text.replace(/[\s,.;:]+$/, '');
      mentions.push({ start: result.index, end: result.index + written.length, text: written, form });
    }
  }
  for (const match of text.matchAll(NAMED_DAY_PATTERN)) {
    const year = match[2] === undefined ? undefined : Number(match[2]);
    mentions.push(mention(match, { kind: 'named', key: namedDayKey(match[1]!), ...(year ? { year } : {}) }));
  }
  for (const match of text.matchAll(DAY_OF_MONTH)) {
    mentions.push(mention(match, { kind: 'day-of-month', day: Number(match[1]) }));
  }
  for (const match of text.matchAll(ON_THE_NUMBER)) {
    mentions.push(mention(match, { kind: 'day-of-month', day: Number(match[1]) }));
  }
  for (const match of text.matchAll(SAME_DAY)) mentions.push(mention(match, { kind: 'same-day' }));
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = MONTH_PREFIXES.indexOf(match[2]!.toLowerCase().slice(0, 3)) + 1;
    const day = Number(match[1]);
    if (match[3] !== undefined) {
      const year = Number(match[3]);
      const date = isoDate(year < 100 ? 2000 + year : year, month, day);
      if (date) mentions.push({ ...mention(match, { kind: 'exact', date }), sure: true });
    } else if (day >= 1 && day <= 31) {
      mentions.push({ ...mention(match, { kind: 'day-and-month', month, day }), sure: true });
    }
  }
  for (const match of text.matchAll(LAST_MONTH)) {
    mentions.push({
      ...mention(match, { kind: 'day-of-month', day: Number(match[1] ?? match[2]), monthsBack: 1 }),
      sure: true,
    });
  }
  for (const match of text.matchAll(DOTTED_SHORT_YEAR)) {
    const date = isoDate(2000 + Number(match[3]), Number(match[2]), Number(match[1]));
    if (date) mentions.push(mention(match, { kind: 'exact', date }));
  }
  // Back to the words as the user wrote them.
  return joinWeekdayToDayOfMonth(withoutOverlaps(mentions), text).map((mention) => {
    const start = origin[mention.start]!;
    const end = origin[mention.end]!;
    return { ...mention, start, end, text: original.slice(start, end) };
  });
}

const DATE_WORDS = [
  'yesterday',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'boxing',
];

/** Short forms chrono-node does not read. */
const SHORTENED: Record<string, string> = {
  tues: 'tuesday',
  weds: 'wednesday',
  thur: 'thursday',
  thurs: 'thursday',
  yest: 'yesterday',
  yday: 'yesterday',
};

/**
 * The text with date words typed with a slip put right ("yestrday", "Wendesday"), so chrono-node
 * reads them, and for each position of the corrected text the position in the original.
 */
function correctDateWords(text: string): { text: string; origin: number[] } {
  let corrected = '';
  const origin: number[] = [];
  let last = 0;
  for (const match of text.matchAll(/\p{L}{4,}/gu)) {
    const word = match[0].toLowerCase();
    const fix =
      SHORTENED[word] ??
      (DATE_WORDS.includes(word) ? undefined : DATE_WORDS.find((known) => withinTypo(word, known)));
    if (!fix) continue;
    for (let index = last; index < match.index; index++) origin.push(index);
    corrected += text.slice(last, match.index);
    for (let index = 0; index < fix.length; index++)
      origin.push(match.index + Math.min(index, match[0].length - 1));
    corrected += fix;
    last = match.index + match[0].length;
  }
  for (let index = last; index <= text.length; index++) origin.push(index);
  corrected += text.slice(last);
  // The position just after a corrected word is the end of the original word.
  return { text: corrected, origin };
}

function mention(match: RegExpMatchArray, form: DateForm): DateMention {
  return { start: match.index!, end: match.index! + match[0].length, text: match[0], form };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}

function formOf(result: chrono.ParsedResult, text: string): DateForm | undefined {
  const start = result.start;
  const tags = result.tags();
  const words = result.text;
  const casualDay = [...tags].some((tag) => tag.startsWith('casualReference/'));
  const relative = tags.has('result/relativeDate');
  if (VAGUE.test(words) && !AGO.test(words)) return undefined;
  if (relative && COUNTED_ON.test(words)) return undefined;
  if (start.isCertain('day') && start.isCertain('month')) {
    if (start.isCertain('year') || relative || casualDay) {
      const date = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
      return date ? { kind: 'exact', date } : undefined;
    }
    return { kind: 'day-and-month', month: start.get('month')!, day: start.get('day')! };
  }
  if (start.isCertain('weekday')) {
    if (ABBREVIATED_DAY.test(words.trim()) && !DAY_ABBREVIATION_CONTEXT.test(text.slice(0, result.index))) {
      return undefined; // "sat in the car", "the sun": not days
    }
    const modifier = /^last\b/i.test(words)
      ? 'last'
      : /^next\b/i.test(words)
        ? 'next'
        : /^this\b/i.test(words)
          ? 'this'
          : undefined;
    return { kind: 'weekday', weekday: start.get('weekday')!, ...(modifier ? { modifier } : {}) };
  }
  // "this morning", "tonight": today, whatever the hour.
  if (casualDay && !start.isCertain('hour')) {
    const date = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
    return date ? { kind: 'exact', date } : undefined;
  }
  return undefined; // a time of day alone, a month alone, a year alone
}

/** Where two readings overlap, our own sure reading wins, then the longer. */
function withoutOverlaps(mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  const rank = (mention: DateMention) => (mention.sure ? 1000 : 0) + mention.end - mention.start;
  for (const candidate of [...mentions].sort((a, b) => rank(b) - rank(a) || a.start - b.start)) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "Friday 13th", "Tues the 3rd": one date, the weekday a check on the day of the month. */
function joinWeekdayToDayOfMonth(mentions: DateMention[], text: string): DateMention[] {
  const joined: DateMention[] = [];
  for (const current of mentions) {
    const previous = joined.at(-1);
    if (
      previous?.form.kind === 'weekday' &&
      previous.form.modifier === undefined &&
      current.form.kind === 'day-of-month' &&
      /^[\s,]*$/.test(text.slice(previous.end, current.start))
    ) {
      joined[joined.length - 1] = {
        start: previous.start,
        end: current.end,
        text: text.slice(previous.start, current.end),
        form: { kind: 'day-of-month', day: current.form.day, weekday: previous.form.weekday },
      };
      continue;
    }
    joined.push(current);
  }
  return joined;
}
