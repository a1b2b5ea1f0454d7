import { CaseFacts, Edition, explainIssues, type NextActions } from '@safeguarding/schemas';
import { calendar as defaultCalendar, toDayNumber, type WorkingDayCalendar } from '../calendar/index.ts';
import { SUPPORTED_LAST_DAY } from '../calendar/supported-range.ts';
import { type CatalogueData, checkCatalogue } from '../catalogue/check-catalogue.ts';
import { packagedCatalogue } from '../catalogue/packaged-catalogue.ts';
import { FactsError } from '../facts-error.ts';
import { longDate } from './answer-words.ts';
import { CaseEvaluation, provisionalDays } from './case-evaluation.ts';
import { createCaseView, outsideCalendar } from './case-view.ts';
import { type CompiledCatalogue, compileCatalogue, type EditionInfo } from './compile.ts';

export interface NextActionsOptions {
  /** The day the answer is for (YYYY-MM-DD). The engine has no clock: the caller says what today is. */
  asOf: string;
  /** Apply this edition to every process, instead of the one in force on each process's own trigger date. */
  edition?: Edition;
}

export interface Engine {
  /** Validates the facts, then answers "what must we do next, and by when". Throws FactsError. */
  nextActions(facts: unknown, options: NextActionsOptions): NextActions;
  /** The same for facts already validated against CaseFacts (the hot path for callers that validate once). */
  evaluate(facts: CaseFacts, options: NextActionsOptions): NextActions;
  /** The edition in force on a date, or undefined before the first edition the catalogue covers. */
  editionInForceOn(date: string): EditionInfo | undefined;
  readonly catalogue: CompiledCatalogue;
  readonly calendar: WorkingDayCalendar;
}

/**
 * Creates an engine over a catalogue and a calendar; the package exports one over the packaged
 * catalogue and the official England and Wales calendar. A catalogue given here (parsed data
 * files keyed by path) is checked first.
 */
export function createEngine(
  options: {
    catalogue?: CatalogueData | Readonly<Record<string, unknown>>;
    calendar?: WorkingDayCalendar;
  } = {},
): Engine {
  const data = options.catalogue
    ? 'duties' in options.catalogue && Array.isArray(options.catalogue.duties)
      ? (options.catalogue as CatalogueData)
      : checkCatalogue(options.catalogue as Record<string, unknown>)
    : packagedCatalogue;
  const calendar = options.calendar ?? defaultCalendar;
  const catalogue = compileCatalogue(data);
  const newestFirst = [...catalogue.editions].reverse();
  const first = catalogue.editions[0]!;
  const editionInForceOn = (date: string) => newestFirst.find((edition) => edition.inForceFrom <= date);
  const editionOn = (date: string) => editionInForceOn(date)?.id;
  const provisional = provisionalDays(calendar);

  function evaluateFacts(facts: CaseFacts, options: NextActionsOptions, asOfDay: number): NextActions {
    const view = createCaseView(facts, options.asOf, asOfDay, catalogue.plannedEvents);
    const override = options.edition ?? facts.edition;
    try {
      return new CaseEvaluation(view, catalogue, calendar, override, editionOn, provisional).run();
    } catch (error) {
      // A deadline that would fall beyond the calendar's last year: the facts' dates are the cause.
      if (error instanceof RangeError) {
        throw new FactsError([
          {
            path: 'events',
            pointer: '/events',
            message: `give a deadline the calendar cannot count to: ${error.message}`,
          },
        ]);
      }
      throw error;
    }
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
    if (asOfDay > SUPPORTED_LAST_DAY) throw outsideCalendar('asOf');
    if (options.asOf < first.inForceFrom) {
      throw new FactsError([
        {
          path: 'asOf',
          pointer: '/asOf',
          message: `is before ${longDate(first.inForceFrom)}, when ${first.title} came in; the toolkit covers ${first.title} onwards`,
        },
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
    catalogue,
    calendar,
    editionInForceOn,
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
