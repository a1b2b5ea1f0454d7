import { describe, expect, it } from 'vitest';
import { todayInLondon } from './today-in-london.ts';

describe('todayInLondon', () => {
  it.each([
    { instant: '2026-11-23T09:00:00Z', expected: '2026-11-23', why: 'winter: London is on UTC' },
    {
      instant: '2026-12-31T23:30:00Z',
      expected: '2026-12-31',
      why: 'winter: still the same day at 23:30 UTC',
    },
    {
      instant: '2026-06-30T23:30:00Z',
      expected: '2026-07-01',
      why: 'summer time: 23:30 UTC is 00:30 next day',
    },
    { instant: '2026-03-29T00:30:00Z', expected: '2026-03-29', why: 'the night the clocks go forward' },
  ])('$instant is $expected in London ($why)', ({ instant, expected }) => {
    expect(todayInLondon(new Date(instant))).toBe(expected);
  });
});
