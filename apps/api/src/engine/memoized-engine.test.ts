import { describe, expect, it } from 'vitest';
import { defaultEngine } from './default-engine.ts';
import type { Engine } from './engine.ts';
import { memoizedEngine } from './memoized-engine.ts';

describe('memoizedEngine', () => {
  const facts = { events: { laBecameAware: '2026-11-19' } };
  const counting = () => {
    let calls = 0;
    const engine: Engine = {
      ...defaultEngine,
      nextActions: (f, o) => {
        calls += 1;
        return defaultEngine.nextActions(f, o);
      },
    };
    return { engine, calls: () => calls };
  };

  it('answers the same facts on the same day once, and exactly as the engine does', () => {
    const { engine, calls } = counting();
    const memo = memoizedEngine(engine);
    const first = memo.nextActions(facts, { asOf: '2026-11-23' });
    expect(memo.nextActions({ events: { laBecameAware: '2026-11-19' } }, { asOf: '2026-11-23' })).toBe(first);
    expect(first).toEqual(defaultEngine.nextActions(facts, { asOf: '2026-11-23' }));
    expect(calls()).toBe(1);
  });

  it.each([
    ['another day', { events: { laBecameAware: '2026-11-19' } }, { asOf: '2026-11-24' }],
    ['other facts', { events: { laBecameAware: '2026-11-20' } }, { asOf: '2026-11-23' }],
    [
      'another edition',
      { events: { laBecameAware: '2026-11-19' } },
      { asOf: '2026-11-23', edition: 'wt2018' as const },
    ],
  ])('works it out again for %s', (_case, other, options) => {
    const { engine, calls } = counting();
    const memo = memoizedEngine(engine);
    memo.nextActions(facts, { asOf: '2026-11-23' });
    expect(memo.nextActions(other, options)).toEqual(defaultEngine.nextActions(other, options));
    expect(calls()).toBe(2);
  });

  it('keeps at most its limit, forgetting the oldest', () => {
    const { engine, calls } = counting();
    const memo = memoizedEngine(engine, 2);
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-23'])
      memo.nextActions(facts, { asOf: day });
    expect(calls()).toBe(4);
  });
});
