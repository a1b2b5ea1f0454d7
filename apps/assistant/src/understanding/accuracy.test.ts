import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askOnce } from '../conversation/ask-once.ts';
import { createContext } from '../conversation/create-context.ts';
import { createReducer } from '../conversation/reducer.ts';
import { initialState } from '../conversation/state.ts';

interface Phrasing {
  say: string;
  as_of?: string;
  facts: Record<string, unknown>;
  duties: string[];
}

const phrasings = parse(readFileSync(new URL('./phrasings.yaml', import.meta.url), 'utf8')) as Phrasing[];
const context = createContext();
const reduce = createReducer(context);

/** What the assistant made of one phrasing: the case's facts after it, and the duties then listed. */
function understood(phrasing: Phrasing) {
  const asOf = phrasing.as_of ?? '2026-11-23';
  const facts = reduce(initialState(asOf), { type: 'submit', text: phrasing.say }).facts;
  const result = askOnce(phrasing.say, { asOf }, context);
  const duties = 'actions' in result.answer ? result.answer.actions.map((action) => action.duty).sort() : [];
  return { facts, duties };
}

function sorted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('understanding, measured on how staff write (phrasings.yaml)', () => {
  it('keeps at least 80 realistic phrasings, each with the facts and duties it must give', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(80);
    for (const phrasing of phrasings) {
      expect(typeof phrasing.say).toBe('string');
      expect(phrasing.facts).toBeTypeOf('object');
      expect(Array.isArray(phrasing.duties)).toBe(true);
    }
  });

  it.each(phrasings.map((phrasing) => [phrasing.say, phrasing] as const))('%s', (_, phrasing) => {
    const got = understood(phrasing);
    expect(sorted(got.facts)).toEqual(sorted(phrasing.facts));
    expect(got.duties).toEqual([...phrasing.duties].sort());
  });

  it('reports the share understood exactly (every fact, and the duties that follow)', () => {
    const misses = phrasings.filter((phrasing) => {
      const got = understood(phrasing);
      return (
        JSON.stringify(sorted(got.facts)) !== JSON.stringify(sorted(phrasing.facts)) ||
        JSON.stringify(got.duties) !== JSON.stringify([...phrasing.duties].sort())
      );
    });
    const right = phrasings.length - misses.length;
    const percent = ((100 * right) / phrasings.length).toFixed(1);
    console.log(`Understanding accuracy: ${right} of ${phrasings.length} phrasings (${percent}%)`);
    expect(misses.map((phrasing) => phrasing.say)).toEqual([]);
  });
});
