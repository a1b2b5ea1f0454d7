import { describe, expect, it } from 'vitest';
import { londonToday } from './clock.ts';

describe('londonToday', () => {
  it.each([
    ['winter, UTC equals London', '2026-01-15T23:30:00Z', '2026-01-15'],
    ['summer time, late evening UTC is already tomorrow in London', '2026-07-15T23:30:00Z', '2026-07-16'],
    ['summer time, early UTC morning', '2026-07-15T00:30:00Z', '2026-07-15'],
  ])('%s', (_case, instant, expected) => {
    expect(londonToday(() => new Date(instant))).toBe(expected);
  });
});
