/** An age found in the text, in whole years at the time (a baby of weeks or months is 0). */
export interface AgeMention {
  start: number;
  end: number;
  text: string;
  years: number;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty one',
  'twenty two',
  'twenty three',
  'twenty four',
  'twenty five',
];
const NUMBER = `(\\d{1,3}|${[...NUMBER_WORDS].reverse().join('|').replace(/ /g, '[\\s-]')})`;
const PERSON =
  '(?:he|she|they|child|young person|yp|cyp|boy|girl|baby|infant|son|daughter|teenager|care leaver)';

// Most specific first; a later pattern never takes words an earlier one read.
const PATTERNS: { pattern: RegExp; years: (amount: number, unit: string) => number }[] = [
  // "9 week old", "18-month-old", "3 days old": under a year is 0; months in whole years.
  {
    pattern: new RegExp(`\\b${NUMBER}[\\s-]*(weeks?|wks?|months?|mths?|days?)[\\s-]*old\\b`, 'gi'),
    years: (amount, unit) => (/^m/i.test(unit) ? Math.floor(amount / 12) : 0),
  },
  // "16yo", "16 y/o", "15-year-old", "4 yrs old".
  {
    pattern: new RegExp(
      `\\b${NUMBER}[\\s-]*(yo|y\\/o|y\\.o\\.?|yrs?[\\s-]*old|years?[\\s-]*old)(?![a-z])`,
      'gi',
    ),
    years: (amount) => amount,
  },
  // "aged 15", "age 9", "aged 6 months".
  {
    pattern: new RegExp(
      `\\bage(?:d)?\\s*:?\\s*${NUMBER}(?:\\s*(years?|yrs?|months?|mths?|weeks?|wks?))?\\b`,
      'gi',
    ),
    years: (amount, unit) => (/^m/i.test(unit) ? Math.floor(amount / 12) : /^w/i.test(unit) ? 0 : amount),
  },
  // "she is 17", "he's 4", "the child was 15": a bare number after a person and a verb.
  {
    pattern: new RegExp(
      `\\b${PERSON}\\s*(?:is|was|were|['’]?s|turned|has turned)\\s+(?:only\\s+|just\\s+)?${NUMBER}\\b(?![\\s-]*(?:am|pm|working|days?|weeks?|months?|mins?|minutes?|hours?|[:./]\\d|%|st\\b|nd\\b|rd\\b|th\\b))`,
      'gi',
    ),
    years: (amount) => amount,
  },
  // "teenager, 16," and "Child A (7)": a bare number set off beside a person.
  {
    pattern: new RegExp(`\\b${PERSON}(?:\\s+[a-z])?\\s*[,(]\\s*${NUMBER}\\s*(?=[,)])`, 'gi'),
    years: (amount) => amount,
  },
  // "Baby Y, 4 months", "infant 10 weeks": an infant's age in weeks or months, set beside it.
  {
    pattern: new RegExp(
      `\\b(?:baby|infant|newborn|child)(?:\\s+[a-z])?\\s*[,(]?\\s*${NUMBER}\\s*(weeks?|wks?|months?|mths?|days?)\\b`,
      'gi',
    ),
    years: (amount, unit) => (/^m/i.test(unit) ? Math.floor(amount / 12) : 0),
  },
  // "care leaver 24": a care leaver's age, which runs to 25.
  {
    pattern: /\bcare[\s-]leaver\s+(\d{2})\b(?![\s-]*(?:days?|weeks?|months?|working))/gi,
    years: (amount) => amount,
  },
  // "newborn": 0.
  { pattern: /\b(new[\s-]?born|neonate)\b/gi, years: () => 0 },
];

function amountOf(written: string | undefined): number {
  if (written === undefined) return 0;
  if (/^\d+$/.test(written)) return Number(written);
  return NUMBER_WORDS.indexOf(written.toLowerCase().replace(/[\s-]+/g, ' '));
}

/** Ages in the text: "9 week old" is 0, "16yo" 16, "aged 15" 15, "she is 17" 17. */
export function findAges(text: string): AgeMention[] {
  const found: AgeMention[] = [];
  for (const { pattern, years } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      // "2 years ago" is a date, not an age.
      if (/^\s+ago\b/i.test(text.slice(end))) continue;
      const numberGroup = match.slice(1).find((group) => group !== undefined && amountOf(group) >= 0);
      const unit =
        match
          .slice(1)
          .find((group) => group !== undefined && /^[a-z/]+$/i.test(group) && amountOf(group) < 0) ?? '';
      const amount = numberGroup === undefined ? 0 : amountOf(numberGroup);
      const value = years(amount, unit);
      if (!Number.isInteger(value) || value < 0 || value > 120) continue;
      found.push({ start, end, text: match[0], years: value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
