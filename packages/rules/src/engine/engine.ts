import {
  CaseFacts,
  type Duty,
  Edition,
  type EventName,
  explainIssues,
  type NextActions,
  PLANNED_EVENTS,
} from '@safeguarding/schemas';
import { calendar as defaultCalendar, toDayNumber, type WorkingDayCalendar } from '../calendar/index.ts';
import { DUTIES } from '../catalogue/duties.ts';
import { loadCatalogue } from '../catalogue/load-catalogue.ts';
import { EDITIONS, editionInForceOn } from '../editions.ts';
import { FactsError } from '../facts-error.ts';
import { CaseEvaluation } from './case-evaluation.ts';
import { createCaseView } from './case-view.ts';
import { compileCatalogue, type EditionRules, editionRules } from './compile.ts';
import { longDate } from './phrases.ts';

export interface NextActionsOptions {
  /** The day the answer is for (YYYY-MM-DD). The engine has no clock: the caller says what today is. */
  asOf: string;
  /** Apply this edition instead of the one in force on the earliest event. */
  edition?: Edition;
}

export interface Engine {
  /** Validates the facts, then answers "what must we do next, and by when". Throws FactsError. */
  nextActions(facts: unknown, options: NextActionsOptions): NextActions;
  /** The same for facts already validated against CaseFacts (the hot path for callers that validate once). */
  evaluate(facts: CaseFacts, options: NextActionsOptions): NextActions;
  readonly duties: readonly Duty[];
}

/** Creates an engine over a catalogue and a calendar (both validated); the package exports a default one. */
export function createEngine(
  options: { duties?: readonly unknown[]; calendar?: WorkingDayCalendar } = {},
): Engine {
  const duties = options.duties ? loadCatalogue(options.duties) : loadCatalogue(DUTIES);
  const calendar = options.calendar ?? defaultCalendar;
  const compiled = compileCatalogue(duties);
  const rules = Object.fromEntries(
    Object.entries(compiled).map(([edition, entries]) => [edition, editionRules(entries)]),
  ) as Record<Edition, EditionRules>;

  function chooseEdition(
    facts: CaseFacts,
    options: NextActionsOptions,
  ): { edition: Edition; byDate: boolean } {
    const override = options.edition ?? facts.edition;
    if (override) return { edition: override, byDate: false };
    let earliest: string | undefined;
    let earliestName: string | undefined;
    const events = facts.events as Partial<Record<EventName, string>>;
    // Object.keys visits only the events given, which is far cheaper than probing every name.
    for (const name of Object.keys(events) as EventName[]) {
      const date = events[name];
      // A planned date is not something that happened, so it cannot decide the edition.
      if (date !== undefined && !PLANNED_EVENTS.has(name) && (earliest === undefined || date < earliest)) {
        earliest = date;
        earliestName = name;
      }
    }
    const date = earliest ?? options.asOf;
    const edition = editionInForceOn(date);
    if (!edition) {
      const first = longDate(EDITIONS[0]!.inForceFrom);
      throw new FactsError([
        earliestName
          ? {
              path: `events.${earliestName}`,
              pointer: `/events/${earliestName}`,
              message: `is before ${first}, when Working Together 2013 came in; the toolkit covers 2013 onwards (set edition to apply one anyway)`,
            }
          : {
              path: 'asOf',
              pointer: '/asOf',
              message: `is before ${first}; the toolkit covers Working Together 2013 onwards`,
            },
      ]);
    }
    return { edition: edition.id, byDate: true };
  }

  function evaluateFacts(facts: CaseFacts, options: NextActionsOptions, asOfDay: number): NextActions {
    const { edition, byDate } = chooseEdition(facts, options);
    const view = createCaseView(facts, edition, byDate, options.asOf, asOfDay);
    return new CaseEvaluation(view, rules[edition], calendar).run();
  }

  /** Checks the options and returns the as-of day number, so the date is parsed once. */
  function checkOptions(options: NextActionsOptions): number {
    let asOfDay: number;
    try {
      asOfDay = toDayNumber(options.asOf);
    } catch {
      throw new FactsError([
        { path: 'asOf', pointer: '/asOf', message: 'must be a real date written YYYY-MM-DD' },
      ]);
    }
    if (options.edition !== undefined && !Edition.safeParse(options.edition).success) {
      throw new FactsError([
        { path: 'edition', pointer: '/edition', message: `must be one of: ${Edition.options.join(', ')}` },
      ]);
    }
    return asOfDay;
  }

  return {
    duties,
    evaluate(facts, options) {
      return evaluateFacts(facts, options, checkOptions(options));
    },
    nextActions(facts, options) {
      const asOfDay = checkOptions(options);
      const parsed = CaseFacts.safeParse(facts);
      if (!parsed.success) throw new FactsError(explainIssues(parsed.error));
      return evaluateFacts(parsed.data, options, asOfDay);
    },
  };
}
