import type { Duty, Edition, FieldError, NextActions } from '@safeguarding/schemas';

/**
 * What the API needs from @safeguarding/rules. Routes depend on this shape, not on the module, so
 * the app is built with the real engine in production and tests alike (see default-engine.ts).
 */
export interface Engine {
  /** Throws an error with `issues` (a FactsError) when the facts cannot be answered from. */
  nextActions(facts: unknown, options: { asOf: string; edition?: Edition }): NextActions;
  readonly catalogue: readonly Duty[];
  /** The editions and the day each came into force: a standing duty's edition changes on that day. */
  readonly editions: readonly { id: string; inForceFrom: string }[];
  readonly calendar: {
    addWorkingDays(date: string, n: number): string;
    workingDaysBetween(from: string, to: string): number;
    /** Bank holidays from..to inclusive: the data the due index was worked out with (see due-index.ts). */
    bankHolidays(from: string, to: string): readonly { date: string; title: string }[];
  };
}

/** The engine's "these facts are wrong" error, recognised by shape so this module need not import it. */
export function factsErrorIssues(error: unknown): FieldError[] | undefined {
  if (
    error instanceof Error &&
    error.name === 'FactsError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  ) {
    return (error as Error & { issues: FieldError[] }).issues;
  }
  return undefined;
}
