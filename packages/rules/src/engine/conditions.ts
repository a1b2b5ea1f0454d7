import type { DutyCondition, FactPath } from '@safeguarding/schemas';
import { type CaseView, readFact } from './case-view.ts';
import { EVENT_PHRASES, FACT_PHRASES, longDate } from './phrases.ts';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Three-valued evaluation: a condition can be met, not met, or not decidable from the facts yet. */
export function evaluate(condition: DutyCondition, view: CaseView): Truth {
  if ('all' in condition) {
    let result: Truth = TRUE;
    for (const part of condition.all) {
      const value = evaluate(part, view);
      if (value === FALSE) return FALSE;
      if (value === UNKNOWN) result = UNKNOWN;
    }
    return result;
  }
  if ('any' in condition) {
    let result: Truth = FALSE;
    for (const part of condition.any) {
      const value = evaluate(part, view);
      if (value === TRUE) return TRUE;
      if (value === UNKNOWN) result = UNKNOWN;
    }
    return result;
  }
  if ('not' in condition) {
    const value = evaluate(condition.not, view);
    return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
  }
  if ('event' in condition) {
    const day = view.eventDay[condition.event];
    if (day === undefined) return FALSE;
    return condition.before === undefined || view.eventDate[condition.event]! < condition.before
      ? TRUE
      : FALSE;
  }
  if ('always' in condition) return TRUE;
  const fact = readFact(view, condition.fact);
  if (fact === undefined) {
    if (condition.whenMissing === 'false') return FALSE;
    if (condition.whenMissing === 'true') return TRUE;
    return UNKNOWN;
  }
  if (condition.in !== undefined) return condition.in.includes(fact.value) ? TRUE : FALSE;
  return typeof fact.value === 'number' && fact.value < condition.lt! ? TRUE : FALSE;
}

/** The facts that decided a condition's value, as phrases ("abuse or neglect is suspected"). */
export function explain(condition: DutyCondition, view: CaseView, value: Truth, phrases: string[]): void {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    // A met "all" or an unmet "any" needs every part; otherwise the first deciding part is the reason.
    const needsEvery = 'all' in condition === (value === TRUE);
    for (const part of parts) {
      const partValue = evaluate(part, view);
      if (needsEvery) explain(part, view, partValue, phrases);
      else if (partValue === value) {
        explain(part, view, partValue, phrases);
        return;
      }
    }
    return;
  }
  if ('not' in condition) {
    explain(condition.not, view, evaluate(condition.not, view), phrases);
    return;
  }
  if ('always' in condition) return;
  if ('event' in condition) {
    const date = view.eventDate[condition.event];
    const what = EVENT_PHRASES[condition.event];
    if (date === undefined) push(phrases, `there is no date yet for when ${what}`);
    else if (condition.before === undefined) push(phrases, `${what} on ${longDate(date)}`);
    else
      push(
        phrases,
        `${what} on ${longDate(date)}, ${date < condition.before ? '' : 'not '}before ${longDate(condition.before)}`,
      );
    return;
  }
  const fact = readFact(view, condition.fact);
  if (fact === undefined) {
    const missing = FACT_PHRASES[condition.fact].missing;
    if (missing && value === FALSE) push(phrases, missing);
    return;
  }
  if (fact.inferred) {
    push(phrases, fact.inferred);
    if (condition.fact === 'incident.harm') return;
  }
  if (condition.lt !== undefined) {
    push(phrases, `aged ${fact.value}, ${value === TRUE ? 'under' : 'not under'} ${condition.lt}`);
    return;
  }
  const phrase = FACT_PHRASES[condition.fact][String(fact.value)];
  if (phrase) push(phrases, phrase);
}

/**
 * Facts whose absence keeps an undecided condition undecided. Inside an alternative ("any"), a
 * group asks only its first open fact: the others matter only once that one is answered (where the
 * child normally lives matters only for harm outside England).
 */
export function unknownFacts(
  condition: DutyCondition,
  view: CaseView,
  found: FactPath[],
  firstOnly = false,
): void {
  if ('all' in condition || 'any' in condition) {
    for (const part of 'all' in condition ? condition.all : condition.any) {
      if (evaluate(part, view) !== UNKNOWN) continue;
      unknownFacts(part, view, found, 'any' in condition);
      if (firstOnly && 'all' in condition) return;
    }
    return;
  }
  if ('not' in condition) {
    unknownFacts(condition.not, view, found);
    return;
  }
  if (
    'fact' in condition &&
    readFact(view, condition.fact) === undefined &&
    !found.includes(condition.fact)
  ) {
    found.push(condition.fact);
  }
}

function push(phrases: string[], phrase: string): void {
  if (!phrases.includes(phrase)) phrases.push(phrase);
}
