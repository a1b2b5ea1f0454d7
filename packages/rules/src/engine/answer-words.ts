import { MONTH_NAMES } from '../calendar/index.ts';

/**
 * The answer's fixed wording. What is said about a fact or an event (its clause, what a value
 * means, its question) comes from the vocabulary files; these only join the pieces.
 */

const longDates = new Map<string, string>();

/** "2026-11-23" → "23 November 2026". Remembered, as the same few dates recur in every answer. */
export function longDate(isoDate: string): string {
  let text = longDates.get(isoDate);
  if (text === undefined) {
    text = `${Number(isoDate.slice(8, 10))} ${MONTH_NAMES[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
    if (longDates.size > 50_000) longDates.clear();
    longDates.set(isoDate, text);
  }
  return text;
}

/** "the child died" → "The child died". */
export function capitalise(text: string): string {
  const first = text.charCodeAt(0);
  // a–z only: the phrases are English, and anything else is left as written.
  return first >= 97 && first <= 122 ? String.fromCharCode(first - 32) + text.slice(1) : text;
}

/** Phrases as one sentence: "The child died; abuse or neglect is suspected." (or after a lead-in). */
export function sentence(phrases: readonly string[], leadIn?: string): string {
  let text = leadIn === undefined ? capitalise(phrases[0]!) : leadIn + phrases[0]!;
  for (let index = 1; index < phrases.length; index++) text += `; ${phrases[index]}`;
  return `${text}.`;
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const UNIT_WORDS = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  hours: ['hour', 'hours'],
  months: ['month', 'months'],
} as const;

export function amountInWords(amount: number, unit: keyof typeof UNIT_WORDS): string {
  return `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`;
}
