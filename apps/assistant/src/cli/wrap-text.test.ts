import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text.ts';

describe('wrapText', () => {
  it.each([
    { text: 'short', width: 10, lines: ['short'] },
    { text: '', width: 10, lines: [''] },
    {
      text: 'Notify the Child Safeguarding Practice Review Panel',
      width: 20,
      lines: ['Notify the Child', 'Safeguarding', 'Practice Review', 'Panel'],
    },
    { text: 'exactly ten', width: 11, lines: ['exactly ten'] },
    { text: 'a  spaced\n out', width: 20, lines: ['a spaced out'] },
    { text: 'abcdefghijkl mn', width: 5, lines: ['abcde', 'fghij', 'kl mn'] },
  ])('wraps "$text" at $width', ({ text, width, lines }) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});
