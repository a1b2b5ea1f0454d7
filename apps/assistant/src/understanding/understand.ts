import { isValidDate, toDayNumber } from '@safeguarding/rules';
import type { EventName, FactPath } from '@safeguarding/schemas';
import { type AgeMention, findAges } from './ages.ts';
import { type DateMention, findDateMentions } from './date-mentions.ts';
import { findPhraseMatches, type PhraseMatch } from './phrase-matches.ts';
import { resolveDate } from './resolve-date.ts';
import { type Token, tokenise } from './tokens.ts';
import type { FactValue, Vocabulary } from './vocabulary.ts';

/** A change to the case: a fact path ("incident.harm", "events.childDied") and its new value; null forgets it. */
export interface FactChange {
  path: string;
  value: FactValue | null;
}

/** A span of the user's text and the fact it set, for showing what was understood. */
export interface UnderstoodSpan extends FactChange {
  text: string;
  start: number;
  end: number;
}

export interface Understanding {
  /** In the order said; a later change to the same fact wins. */
  changes: FactChange[];
  understood: UnderstoodSpan[];
  /** Events the text says happened without saying when. */
  undatedEvents: EventName[];
  /** Dates not tied to anything the vocabulary knows. */
  unplacedDates: { text: string; date: string }[];
}

/**
 * What a choice means when it is said with a "no": "no concerns about abuse" is not-suspected,
 * "no serious injury" is none. A choice not listed here is left unset when negated (where
 * something did not happen says nothing about where it did).
 */
const NEGATED_CHOICE: Partial<Record<FactPath, string>> = {
  'incident.abuseOrNeglect': 'not-suspected',
  'incident.harm': 'none',
};

/**
 * Reads case facts from free text, deterministically and offline: the vocabulary's phrases
 * (matched tolerantly, with negation), dates (relative to the as-of date; an event that happened
 * takes the latest such day on or before it, a planned one the next) and ages.
 */
export function understand(text: string, asOf: string, vocabulary: Vocabulary): Understanding {
  const tokens = tokenise(text);
  const ages = findAges(text);
  // Ages are hidden from the date reader, so "04/03/2015 - 14 y/o" is not read as one date.
  let masked = text;
  for (const age of ages)
    masked = masked.slice(0, age.start) + ' '.repeat(age.end - age.start) + masked.slice(age.end);
  const dates = findDateMentions(masked, asOf).map((date) => ({
    ...date,
    text: text.slice(date.start, date.end),
  }));
  const matches = findPhraseMatches(tokens, vocabulary);
  const said: UnderstoodSpan[] = [];

  const factSpans: (UnderstoodSpan & { negated: boolean })[] = [];
  for (const match of matches) {
    if (match.target.kind !== 'fact') continue;
    const { fact, value } = match.target;
    let meant: FactValue | undefined = value;
    if (match.negated) {
      meant = typeof value === 'boolean' ? !value : NEGATED_CHOICE[fact];
      if (meant === value) meant = undefined;
    }
    if (meant === undefined) continue;
    factSpans.push({
      ...span(text, match.start, match.end, fact, meant),
      negated: match.negated || match.phrase.negative,
    });
  }
  for (const { negated: _, ...kept } of settle(factSpans)) said.push(kept);
  for (const age of ages) said.push(span(text, age.start, age.end, 'child.ageYears', age.years));

  const events = oneEventPerSpan(
    matches.filter((match) => match.target.kind === 'event' && !match.notDone),
    matches,
    vocabulary,
  );
  const pairs = pairEventsWithDates(
    events.filter((match) => !match.negated),
    dates,
    tokens,
  );
  const undatedEvents: EventName[] = [];
  const datedEvents = new Set<EventName>();
  // Each date as its event reads it (or as past, when it has none), in the order written, so
  // "the same day" can mean the date before it.
  const directionOf = new Map<DateMention, 'past' | 'future'>();
  for (const { match, date } of pairs) {
    if (date && vocabulary.plannedEvents.has((match.target as { event: EventName }).event))
      directionOf.set(date, 'future');
  }
  const resolvedDates = new Map<DateMention, string | undefined>();
  let previous: string | undefined;
  for (const date of dates) {
    const direction = directionOf.get(date) ?? 'past';
    const resolved =
      yearFromText(date, dates, direction) ?? resolveDate(date.form, asOf, direction, previous);
    resolvedDates.set(date, resolved);
    if (resolved) previous = resolved;
  }
  for (const { match, date } of pairs) {
    const event = (match.target as { event: EventName }).event;
    if (!date) continue;
    const resolved = resolvedDates.get(date);
    if (!resolved) continue;
    datedEvents.add(event);
    said.push(
      span(
        text,
        Math.min(match.start, date.start),
        Math.max(match.end, date.end),
        `events.${event}`,
        resolved,
      ),
    );
  }
  for (const { match, date } of pairs) {
    const event = (match.target as { event: EventName }).event;
    if (!date && !datedEvents.has(event) && !undatedEvents.includes(event)) undatedEvents.push(event);
  }
  for (const match of events) {
    if (!match.negated) continue;
    const event = (match.target as { event: EventName }).event;
    if (!datedEvents.has(event)) said.push(span(text, match.start, match.end, `events.${event}`, null));
  }

  const placed = new Set(pairs.flatMap(({ date }) => (date ? [date] : [])));
  const unplacedDates = dates
    .filter((date) => !placed.has(date))
    .flatMap((date) => {
      const resolved = resolvedDates.get(date);
      return resolved ? [{ text: date.text, date: resolved }] : [];
    });

  said.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    changes: said.map(({ path, value }) => ({ path, value })),
    understood: said,
    undatedEvents: undatedEvents.filter((event) => !datedEvents.has(event)),
    unplacedDates,
  };
}

/**
 * One value per fact when a message says several: what is said outright beats what is said with a
 * "no" ("neglect suspected, no abuse" is suspected); what happened to the child is the worst said
 * ("died in hospital" is a death); otherwise the last said wins (people correct themselves).
 */
function settle<T extends UnderstoodSpan & { negated: boolean }>(spans: T[]): T[] {
  const byFact = new Map<string, T[]>();
  for (const item of spans) byFact.set(item.path, [...(byFact.get(item.path) ?? []), item]);
  const kept: T[] = [];
  for (const [fact, items] of byFact) {
    const outright = items.filter((item) => !item.negated);
    const candidates = outright.length > 0 ? outright : items;
    const severity = SEVERITY[fact as FactPath];
    const chosen = severity
      ? candidates.reduce((worst, item) =>
          severity.indexOf(String(item.value)) < severity.indexOf(String(worst.value)) ? item : worst,
        )
      : candidates.at(-1)!;
    // Every span that said the chosen value is shown; the others were overruled.
    kept.push(...items.filter((item) => item.value === chosen.value));
  }
  return kept;
}

/** For what happened to the child, the worst said wins. */
const SEVERITY: Partial<Record<FactPath, readonly string[]>> = {
  'incident.harm': ['death', 'serious-harm', 'none'],
};

/**
 * A day and month with no year, read beside a date written in full in the same text ("LA aware 2
 * March" after "04/03/2015"): the year that puts it nearest that date (the nearest one written
 * before it, else after). Undefined when the text has none, or for something planned.
 */
function yearFromText(
  date: DateMention,
  dates: readonly DateMention[],
  direction: 'past' | 'future',
): string | undefined {
  // A plan is read forward from the as-of date, as plans are made from today.
  if (date.form.kind !== 'day-and-month' || direction === 'future') return undefined;
  const full = dates.filter((other) => other.form.kind === 'exact' && /\d{4}/.test(other.text));
  const near = [...full].reverse().find((other) => other.start < date.start) ?? full[0];
  if (near?.form.kind !== 'exact') return undefined;
  const written = near.form.date;
  const year = Number(written.slice(0, 4));
  const { month, day } = date.form;
  const candidates = [year - 1, year, year + 1]
    .map((candidate) => `${candidate}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    .filter(isValidDate);
  const distance = (candidate: string) => Math.abs(toDayNumber(candidate) - toDayNumber(written));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}

function span(
  text: string,
  start: number,
  end: number,
  path: string,
  value: FactValue | null,
): UnderstoodSpan {
  return { text: text.slice(start, end), start, end, path, value };
}

interface Pair {
  match: PhraseMatch;
  date: DateMention | undefined;
}

/**
 * Ties each date to the event it dates: the nearest event phrase in the same sentence, nearer
 * still when nothing but small words lie between ("found out on Monday", "on 3 March the Panel
 * was notified") and further when a comma or "but" does. Each event and each date is used once.
 */
function pairEventsWithDates(events: PhraseMatch[], dates: DateMention[], tokens: readonly Token[]): Pair[] {
  const sentenceOf = sentenceIndex(tokens);
  const tokenAt = (offset: number) => {
    const index = tokens.findIndex((token) => token.end > offset);
    return index === -1 ? tokens.length : index;
  };
  const candidates: { event: number; date: number; cost: number }[] = [];
  events.forEach((match, eventIndex) => {
    dates.forEach((date, dateIndex) => {
      const dateFirst = tokenAt(date.start);
      const dateLast = Math.max(dateFirst, tokenAt(date.end - 1));
      const sameSentence = sentenceOf(match.firstToken) === sentenceOf(dateFirst);
      const [from, to] =
        dateFirst > match.lastToken ? [match.lastToken, dateFirst] : [dateLast, match.firstToken];
      let words = 0;
      let boundaries = 0;
      for (let index = from + 1; index < to; index++) {
        if (tokens[index]!.boundary) boundaries++;
        else words++;
      }
      const cost =
        (sameSentence ? 0 : 100) +
        words +
        4 * boundaries +
        (dateFirst < match.firstToken ? 0.5 : 0) +
        (match.subordinate ? 8 : 0);
      candidates.push({ event: eventIndex, date: dateIndex, cost });
    });
  });
  candidates.sort((a, b) => a.cost - b.cost);
  const dateOf = new Map<number, number>();
  const usedDates = new Set<number>();
  const usedEvents = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.cost >= 100) break;
    const event = (events[candidate.event]!.target as { event: EventName }).event;
    if (dateOf.has(candidate.event) || usedDates.has(candidate.date) || usedEvents.has(event)) continue;
    dateOf.set(candidate.event, candidate.date);
    usedDates.add(candidate.date);
    usedEvents.add(event);
  }
  // One event and one date left over, in different sentences: they belong together.
  const leftEvents = events.filter(
    (match, index) => !dateOf.has(index) && !usedEvents.has((match.target as { event: EventName }).event),
  );
  const leftDates = dates.filter((_, index) => !usedDates.has(index));
  if (leftEvents.length === 1 && leftDates.length === 1) {
    dateOf.set(events.indexOf(leftEvents[0]!), dates.indexOf(leftDates[0]!));
  }
  // "killed in a stabbing on Saturday": an event that runs straight into a dated one shares its date.
  events.forEach((match, index) => {
    if (dateOf.has(index)) return;
    const event = (match.target as { event: EventName }).event;
    if (usedEvents.has(event)) return;
    const next = events.findIndex(
      (other, at) =>
        dateOf.has(at) &&
        !other.subordinate &&
        other.firstToken > match.lastToken &&
        other.firstToken <= match.lastToken + 3 &&
        !tokens.slice(match.lastToken + 1, other.firstToken).some((token) => token.boundary),
    );
    if (next === -1) return;
    const date = dates[dateOf.get(next)!]!;
    if (tokenAt(date.start) <= events[next]!.lastToken) return;
    dateOf.set(index, dateOf.get(next)!);
    usedEvents.add(event);
  });
  return events.map((match, index) => {
    const dateIndex = dateOf.get(index);
    return { match, date: dateIndex === undefined ? undefined : dates[dateIndex] };
  });
}

/**
 * Where the same words name two events, the one whose process the rest of the text is about
 * ("revised arrangements published …, arrangements went live …": the arrangements going live, not
 * the start of the safeguarding partner arrangements); failing that, the first the vocabulary lists.
 */
function oneEventPerSpan(
  events: PhraseMatch[],
  all: readonly PhraseMatch[],
  vocabulary: Vocabulary,
): PhraseMatch[] {
  const kept: PhraseMatch[] = [];
  for (const match of events) {
    const rivals = events.filter((other) => other.start === match.start && other.end === match.end);
    if (rivals.length === 1) {
      kept.push(match);
      continue;
    }
    if (kept.some((other) => other.start === match.start && other.end === match.end)) continue;
    const others = all.filter((other) => other.start !== match.start || other.end !== match.end);
    const score = (candidate: PhraseMatch) => {
      const processes = vocabulary.processesOf(candidate.target);
      return others.filter((other) =>
        vocabulary.processesOf(other.target).some((process) => processes.includes(process)),
      ).length;
    };
    kept.push(rivals.reduce((best, candidate) => (score(candidate) > score(best) ? candidate : best)));
  }
  return kept;
}

/** Sentence number of each token: sentences end at ".", "!" or "?". */
function sentenceIndex(tokens: readonly Token[]): (token: number) => number {
  const sentences: number[] = [];
  let sentence = 0;
  for (const token of tokens) {
    sentences.push(sentence);
    if (token.word === '.' || token.word === '!' || token.word === '?') sentence++;
  }
  return (token) => sentences[Math.min(token, sentences.length - 1)] ?? 0;
}

export type { AgeMention };
