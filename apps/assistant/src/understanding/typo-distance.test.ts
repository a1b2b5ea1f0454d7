import { describe, expect, it } from 'vitest';
import { withinTypo } from './typo-distance.ts';

describe('withinTypo', () => {
  it.each([
    ['neglegt', 'neglect', true, 'a wrong letter'],
    ['hosptial', 'hospital', true, 'two letters swapped'],
    ['negelct', 'neglect', true, 'two letters swapped'],
    ['injurd', 'injured', true, 'a letter left out'],
    ['alllegation', 'allegation', true, 'a letter doubled'],
    ['alegatoin', 'allegation', true, 'two slips in a word of nine letters or more'],
    ['hosiptla', 'hospital', false, 'two slips in a word of eight letters'],
    ['dead', 'deal', false, 'short words must match exactly'],
    ['death', 'depth', false, 'five letters must match exactly'],
    ['neglect', 'select', false, 'the first letter must agree'],
    ['neglect', 'newest', false, 'more than one slip in a short word'],
    ['2026', '2027', false, 'numbers must match exactly'],
  ])('%s ~ %s: %s (%s)', (a, b, expected) => {
    expect(withinTypo(a, b)).toBe(expected);
    expect(withinTypo(b, a)).toBe(expected);
  });
});
