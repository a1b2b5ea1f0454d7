import type { NextActions } from '@safeguarding/schemas';
import type { Engine } from './engine.ts';

/**
 * The engine with its answers remembered, for the due list: a page is read again and again through
 * a day, and the engine is a pure function of the facts and the date, so the same facts on the same
 * day need not be worked out twice. Answers are shared, never changed; at most `max` are kept (the
 * oldest forgotten first). Facts the engine refuses are not remembered.
 */
export function memoizedEngine(engine: Engine, max = 10_000): Engine {
  const answers = new Map<string, NextActions>();
  return {
    ...engine,
    nextActions(facts, options) {
      const key = `${options.asOf}|${options.edition ?? ''}|${JSON.stringify(facts)}`;
      const known = answers.get(key);
      if (known) return known;
      const answer = engine.nextActions(facts, options);
      if (answers.size >= max) answers.delete(answers.keys().next().value as string);
      answers.set(key, answer);
      return answer;
    },
  };
}
