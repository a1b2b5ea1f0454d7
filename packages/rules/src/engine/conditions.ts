import type { DutyCondition, FactPath } from '@safeguarding/schemas';
import { type CaseView, FACT_READERS } from './case-view.ts';
import { EVENT_PHRASES, FACT_PHRASES, longDate } from './phrases.ts';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/**
 * A duty's condition compiled once into closures. Three-valued: a condition can be met, not met,
 * or not decidable from the facts yet.
 */
export interface CompiledCondition {
  test(view: CaseView): Truth;
  /** Adds the facts that decided the value, as phrases ("abuse or neglect is suspected"). */
  explain(view: CaseView, value: Truth, phrases: string[]): void;
  /**
   * Adds the facts whose absence keeps an undecided condition undecided. Inside an alternative
   * ("any"), a group asks only its first open fact: the others matter only once that one is
   * answered (where the child normally lives matters only for harm outside England).
   */
  unknown(view: CaseView, found: FactPath[], firstOnly: boolean): void;
}

export function compileCondition(condition: DutyCondition): CompiledCondition {
  if ('all' in condition || 'any' in condition) return compileGroup(condition);
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return {
      test(view) {
        const value = inner.test(view);
        return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
      },
      explain: (view, _value, phrases) => inner.explain(view, inner.test(view), phrases),
      unknown: (view, found) => inner.unknown(view, found, false),
    };
  }
  if ('event' in condition) return compileEvent(condition.event, condition.before);
  if ('always' in condition) return { test: () => TRUE, explain() {}, unknown() {} };
  return compileFact(condition);
}

function compileGroup(condition: { all: DutyCondition[] } | { any: DutyCondition[] }): CompiledCondition {
  const isAll = 'all' in condition;
  const parts = (isAll ? condition.all : condition.any).map(compileCondition);
  // "all" is decided by its first unmet part, "any" by its first met part.
  const decisive: Truth = isAll ? FALSE : TRUE;
  const otherwise: Truth = isAll ? TRUE : FALSE;
  return {
    test(view) {
      let result: Truth = otherwise;
      for (const part of parts) {
        const value = part.test(view);
        if (value === decisive) return decisive;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    },
    explain(view, value, phrases) {
      for (const part of parts) {
        const partValue = part.test(view);
        if (value !== decisive) part.explain(view, partValue, phrases);
        else if (partValue === decisive) {
          part.explain(view, partValue, phrases);
          return;
        }
      }
    },
    unknown(view, found, firstOnly) {
      for (const part of parts) {
        if (part.test(view) !== UNKNOWN) continue;
        part.unknown(view, found, !isAll);
        if (firstOnly && isAll) return;
      }
    },
  };
}

function compileEvent(event: keyof typeof EVENT_PHRASES, before: string | undefined): CompiledCondition {
  const what = EVENT_PHRASES[event];
  return {
    test(view) {
      const date = view.eventDate[event];
      return date !== undefined && (before === undefined || date < before) ? TRUE : FALSE;
    },
    explain(view, _value, phrases) {
      const date = view.eventDate[event];
      if (date === undefined) push(phrases, `there is no date yet for when ${what}`);
      else if (before === undefined) push(phrases, `${what} on ${longDate(date)}`);
      else
        push(
          phrases,
          `${what} on ${longDate(date)}, ${date < before ? '' : 'not '}before ${longDate(before)}`,
        );
    },
    unknown() {},
  };
}

function compileFact(condition: Extract<DutyCondition, { fact: FactPath }>): CompiledCondition {
  const { fact, lt, whenMissing } = condition;
  const reader = FACT_READERS[fact];
  const accepted = condition.in ? new Set<unknown>(condition.in) : undefined;
  const phrasesOf = FACT_PHRASES[fact];
  const missing: Truth = whenMissing === 'false' ? FALSE : whenMissing === 'true' ? TRUE : UNKNOWN;
  return {
    test(view) {
      const value = reader.read(view);
      if (value === undefined) return missing;
      if (accepted) return accepted.has(value) ? TRUE : FALSE;
      return typeof value === 'number' && value < lt! ? TRUE : FALSE;
    },
    explain(view, value, phrases) {
      const factValue = reader.read(view);
      if (factValue === undefined) {
        if (phrasesOf.missing && value === FALSE) push(phrases, phrasesOf.missing);
        return;
      }
      const inferred = reader.inferred?.(view);
      if (inferred) {
        push(phrases, inferred);
        return;
      }
      if (lt !== undefined) {
        push(phrases, `aged ${factValue}, ${value === TRUE ? 'under' : 'not under'} ${lt}`);
        return;
      }
      const phrase = phrasesOf[String(factValue)];
      if (phrase) push(phrases, phrase);
    },
    unknown(view, found) {
      if (missing === UNKNOWN && reader.read(view) === undefined && !found.includes(fact)) found.push(fact);
    },
  };
}

function push(phrases: string[], phrase: string): void {
  if (!phrases.includes(phrase)) phrases.push(phrase);
}
