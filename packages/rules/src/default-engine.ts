import type { CaseFacts, NextActions } from '@safeguarding/schemas';
import { createEngine, type NextActionsOptions } from './engine/engine.ts';

/** The engine over the packaged catalogue and the official England and Wales calendar. */
export const engine = createEngine();

/** The packaged catalogue: every duty, the vocabulary, the editions, checked. */
export const catalogue = engine.catalogue.data;

/**
 * "What must we do next, and by when" for a case: the one function behind the command line, the
 * API's next-actions route and every record's next-actions route. Throws FactsError for invalid
 * facts or options.
 */
export function nextActions(facts: unknown, options: NextActionsOptions): NextActions {
  return engine.nextActions(facts, options);
}

export type { CaseFacts };
