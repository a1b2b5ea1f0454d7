import {
  type DutyCondition,
  type Edition,
  type EventName,
  type FactPath,
  LEGAL_AGES,
} from '@safeguarding/schemas';
import type { CatalogueData } from '../catalogue/check-catalogue.ts';
import { longDate } from './answer-words.ts';
import type { JudgingContext } from './case-view.ts';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/**
 * A condition compiled once into closures. Three-valued: a condition can be met, not met, or not
 * decidable from the facts yet.
 */
export interface CompiledCondition {
  test(context: JudgingContext): Truth;
  /** Adds the facts that decided the value, as phrases ("abuse or neglect is suspected"). */
  explain(context: JudgingContext, value: Truth, phrases: string[]): void;
  /**
   * Adds the facts whose absence keeps an undecided condition undecided. Inside an alternative
   * ("any"), a group asks only its first open fact: the others matter only once that one is
   * answered (where the child normally lives matters only for harm outside England).
   */
  unknown(context: JudgingContext, found: FactPath[], firstOnly: boolean): void;
}

type Scalar = string | number | boolean;

/** How a fact is read: as stated, else as inferred from other facts (facts.yaml, `inferred`). */
interface FactReader {
  read(context: JudgingContext): Scalar | undefined;
  /** Why the value was inferred, when it was. */
  inferredBecause(context: JudgingContext): string | undefined;
}

/** Compiles the catalogue's conditions, resolving named conditions, dates and ages once. */
export class ConditionCompiler {
  private readonly readers = new Map<FactPath, FactReader>();
  private readonly named = new Map<string, CompiledCondition>();
  private readonly data: CatalogueData;
  private readonly resolveDate: (ref: string) => string;

  constructor(data: CatalogueData, resolveDate: (ref: string) => string) {
    this.data = data;
    this.resolveDate = resolveDate;
  }

  compile(condition: DutyCondition): CompiledCondition {
    return remembered(this.compileUnremembered(condition));
  }

  private compileUnremembered(condition: DutyCondition): CompiledCondition {
    if ('all' in condition) return this.group(condition.all, true);
    if ('any' in condition) return this.group(condition.any, false);
    if ('not' in condition) return this.negation(this.compile(condition.not));
    if ('condition' in condition) return this.namedCondition(condition.condition);
    if ('event' in condition)
      return this.event(condition.event, condition.before && this.resolveDate(condition.before));
    if ('edition' in condition) {
      const editions = new Set<Edition>(condition.edition);
      return constant((context) => (editions.has(context.edition) ? TRUE : FALSE));
    }
    if ('since' in condition) {
      const since = this.resolveDate(condition.since);
      return constant((context) => (context.date >= since ? TRUE : FALSE));
    }
    if ('always' in condition) return constant(() => TRUE);
    return this.fact(condition);
  }

  /** The fact's reader (the engine reads facts only through these). */
  reader(path: FactPath): FactReader {
    let reader = this.readers.get(path);
    if (reader) return reader;
    const [block, key] = path.split('.') as [string, string];
    const undecided = new Set<unknown>(this.data.facts[path].undecided ?? []);
    const stated = (context: JudgingContext): Scalar | undefined => {
      const value = (context.view.facts as unknown as Record<string, Record<string, Scalar> | undefined>)[
        block
      ]?.[key];
      return value === undefined || undecided.has(value) ? undefined : value;
    };
    const inferences = (this.data.facts[path].inferred ?? []).map((inference) => ({
      value: inference.value,
      because: inference.because,
      when: this.compile(inference.when),
    }));
    const inferred = (context: JudgingContext) => {
      for (const inference of inferences) if (inference.when.test(context) === TRUE) return inference;
      return undefined;
    };
    reader =
      inferences.length === 0
        ? { read: stated, inferredBecause: () => undefined }
        : {
            read: (context) => stated(context) ?? inferred(context)?.value,
            inferredBecause: (context) =>
              stated(context) === undefined ? inferred(context)?.because : undefined,
          };
    this.readers.set(path, reader);
    return reader;
  }

  private namedCondition(name: string): CompiledCondition {
    let compiled = this.named.get(name);
    if (!compiled) {
      compiled = withRememberedExplanation(this.compile(this.data.conditions[name]!.when));
      this.named.set(name, compiled);
    }
    return compiled;
  }

  private group(conditions: DutyCondition[], isAll: boolean): CompiledCondition {
    const parts = conditions.map((condition) => this.compile(condition));
    // "all" is decided by its first unmet part, "any" by its first met part.
    const decisive: Truth = isAll ? FALSE : TRUE;
    const otherwise: Truth = isAll ? TRUE : FALSE;
    return {
      test(context) {
        let result: Truth = otherwise;
        for (const part of parts) {
          const value = part.test(context);
          if (value === decisive) return decisive;
          if (value === UNKNOWN) result = UNKNOWN;
        }
        return result;
      },
      explain(context, value, phrases) {
        for (const part of parts) {
          const partValue = part.test(context);
          if (value !== decisive) part.explain(context, partValue, phrases);
          else if (partValue === decisive) {
            part.explain(context, partValue, phrases);
            return;
          }
        }
      },
      unknown(context, found, firstOnly) {
        for (const part of parts) {
          if (part.test(context) !== UNKNOWN) continue;
          part.unknown(context, found, !isAll);
          if (firstOnly && isAll) return;
        }
      },
    };
  }

  private negation(inner: CompiledCondition): CompiledCondition {
    return {
      test(context) {
        const value = inner.test(context);
        return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
      },
      explain: (context, _value, phrases) => inner.explain(context, inner.test(context), phrases),
      unknown: (context, found) => inner.unknown(context, found, false),
    };
  }

  private event(event: EventName, before: string | undefined): CompiledCondition {
    const clause = this.data.events[event].clause;
    return {
      test(context) {
        const date = context.view.eventDate[event];
        return date !== undefined && (before === undefined || date < before) ? TRUE : FALSE;
      },
      explain(context, _value, phrases) {
        const date = context.view.eventDate[event];
        if (date === undefined) push(phrases, `there is no date yet for when ${clause}`);
        else if (before === undefined) push(phrases, `${clause} on ${longDate(date)}`);
        else
          push(
            phrases,
            `${clause} on ${longDate(date)}, ${date < before ? '' : 'not '}before ${longDate(before)}`,
          );
      },
      unknown() {},
    };
  }

  private fact(condition: Extract<DutyCondition, { fact: FactPath }>): CompiledCondition {
    const { fact, whenMissing = 'ask', presumption } = condition;
    const words = this.data.facts[fact];
    const reader = this.reader(fact);
    const accepted = condition.in ? new Set<unknown>(condition.in) : undefined;
    const below = ageLimit(condition.lt);
    const atLeast = ageLimit(condition.atLeast);
    const askWhen = condition.askWhen && this.compile(condition.askWhen);
    const missing: Truth = whenMissing === 'ask' ? UNKNOWN : whenMissing ? TRUE : FALSE;
    const whenAbsent = (context: JudgingContext): Truth =>
      missing === TRUE && askWhen !== undefined && askWhen.test(context) === TRUE ? UNKNOWN : missing;
    const compare = (value: Scalar): Truth => {
      if (accepted) return accepted.has(value) ? TRUE : FALSE;
      if (typeof value !== 'number') return FALSE;
      return below !== undefined ? (value < below ? TRUE : FALSE) : value >= atLeast! ? TRUE : FALSE;
    };
    const compared = (value: Scalar, met: boolean): string => {
      const templates = words.compared!;
      const template =
        below !== undefined
          ? met
            ? templates.lt
            : templates.notLt
          : met
            ? templates.atLeast
            : templates.notAtLeast;
      return template.replace('{value}', String(value)).replace('{limit}', String(below ?? atLeast));
    };
    return {
      test(context) {
        const value = reader.read(context);
        return value === undefined ? whenAbsent(context) : compare(value);
      },
      explain(context, value, phrases) {
        const factValue = reader.read(context);
        if (factValue === undefined) {
          if (value === TRUE && presumption) push(phrases, presumption);
          else if (value === FALSE && words.notGiven) push(phrases, words.notGiven);
          return;
        }
        const because = reader.inferredBecause(context);
        if (because) push(phrases, because);
        else if (!accepted) push(phrases, compared(factValue, compare(factValue) === TRUE));
        else {
          const means = words.values?.[String(factValue)]?.means;
          if (means) push(phrases, means);
        }
      },
      unknown(context, found) {
        if (reader.read(context) === undefined && whenAbsent(context) === UNKNOWN && !found.includes(fact))
          found.push(fact);
      },
    };
  }
}

/** The condition with its last value remembered for as long as the context's stamp stays the same. */
function remembered(condition: CompiledCondition): CompiledCondition {
  let stamp = -1;
  let value: Truth = FALSE;
  const test = condition.test;
  return {
    test(context) {
      if (context.stamp !== stamp) {
        value = test(context);
        stamp = context.stamp;
      }
      return value;
    },
    explain: condition.explain,
    unknown: condition.unknown,
  };
}

/**
 * A named condition explains itself the same way for every duty that uses it in one context (the
 * four serious-incident duties share "notifiable by this authority"), so the phrases are kept.
 */
function withRememberedExplanation(condition: CompiledCondition): CompiledCondition {
  let stamp = -1;
  let value: Truth = FALSE;
  let kept: string[] = [];
  return {
    test: condition.test,
    explain(context, truth, phrases) {
      if (context.stamp !== stamp || truth !== value) {
        kept = [];
        condition.explain(context, truth, kept);
        stamp = context.stamp;
        value = truth;
      }
      for (const phrase of kept) push(phrases, phrase);
    },
    unknown: condition.unknown,
  };
}

function ageLimit(limit: number | keyof typeof LEGAL_AGES | undefined): number | undefined {
  return typeof limit === 'string' ? LEGAL_AGES[limit] : limit;
}

function constant(test: (context: JudgingContext) => Truth): CompiledCondition {
  return { test, explain() {}, unknown() {} };
}

function push(phrases: string[], phrase: string): void {
  if (!phrases.includes(phrase)) phrases.push(phrase);
}
