import { describe, expect, it } from 'vitest';
import { tokenise } from './tokens.ts';

describe('tokenise', () => {
  it('lower-cases words, drops apostrophes and splits on hyphens and slashes', () => {
    expect(tokenise("Another council's care-leaver didn't").map((token) => token.word)).toEqual([
      'another',
      'councils',
      'care',
      'leaver',
      'didnt',
    ]);
  });

  it('keeps where each word is in the text', () => {
    const text = 'Baby died, yesterday';
    for (const token of tokenise(text))
      expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.word);
  });

  it.each([
    ['a comma', 'died, yesterday', [false, true, false]],
    ['a full stop', 'died. Yesterday', [false, true, false]],
    ['"but"', 'injured but alive', [false, true, false]],
  ])('marks %s as a clause boundary', (_, text, boundaries) => {
    expect(tokenise(text).map((token) => token.boundary)).toEqual(boundaries);
  });

  it('does not break a dotted date or a time into clauses', () => {
    expect(tokenise('on 5.6.26 at 14:30').some((token) => token.boundary)).toBe(false);
  });
});
