import type { FactChange } from '../understanding/understand.ts';
import type { FactValue } from '../understanding/vocabulary.ts';

/** A value in the case: a fact's value, an event's date, or the dates of every review conference. */
export type CaseValue = FactValue | readonly string[];

/**
 * What is known about the case, by fact path: "incident.harm", "child.ageYears",
 * "events.childDied" (a date). Flat, so it is easy to show, correct and merge; `toCaseFacts` makes
 * the engine's nested case facts from it.
 */
export type CaseMap = Readonly<Record<string, CaseValue>>;

export const REVIEW_CONFERENCES = 'childProtection.reviewConferences';
const LATEST_REVIEW_CONFERENCE = 'events.reviewConference';

/**
 * The case after the changes, in order; null forgets a fact. Review conferences can be held many
 * times: each date given is kept in a list (the engine needs the first and the latest).
 */
export function applyChanges(facts: CaseMap, changes: readonly FactChange[]): CaseMap {
  const next: Record<string, CaseValue> = { ...facts };
  for (const { path, value } of changes) {
    if (path === LATEST_REVIEW_CONFERENCE) {
      if (value === null) {
        delete next[REVIEW_CONFERENCES];
        delete next[path];
        continue;
      }
      const held = new Set([
        ...((next[REVIEW_CONFERENCES] as readonly string[] | undefined) ?? []),
        String(value),
      ]);
      const dates = [...held].sort();
      next[REVIEW_CONFERENCES] = dates;
      next[path] = dates.at(-1)!;
      continue;
    }
    if (value === null) delete next[path];
    else next[path] = value;
  }
  return next;
}

/** The paths of the case, facts first then events, each group in a stable order. */
export function casePaths(facts: CaseMap): string[] {
  return Object.keys(facts).sort((a, b) => {
    const eventA = a.startsWith('events.');
    const eventB = b.startsWith('events.');
    return eventA === eventB ? (a < b ? -1 : a > b ? 1 : 0) : eventA ? 1 : -1;
  });
}
