import type { CaseFacts, NextActions } from '@safeguarding/schemas';
import { createEngine, type NextActionsOptions } from './engine/engine.ts';

/** The engine over the packaged catalogue and the official England and Wales calendar. */
export const engine = createEngine();

/** Every duty in the catalogue, validated. */
export const catalogue = engine.duties;

/** "What must we do next, and by when" for a case. Throws FactsError for invalid facts or options. */
export function nextActions(facts: unknown, options: NextActionsOptions): NextActions {
  return engine.nextActions(facts, options);
}

export type { CaseFacts };
