import { describe, expect, it } from 'vitest';
import { findAges } from './ages.ts';

describe('findAges', () => {
  it.each([
    ['a 9 week old baby', 0, '9 week old'],
    ['3 days old', 0, '3 days old'],
    ['an 18-month-old toddler', 1, '18-month-old'],
    ['16yo boy', 16, '16yo'],
    ['a 16 y/o', 16, '16 y/o'],
    ['15-year-old girl', 15, '15-year-old'],
    ['4 yrs old', 4, '4 yrs old'],
    ['aged 15', 15, 'aged 15'],
    ['age: 9', 9, 'age: 9'],
    ['aged 6 months', 0, 'aged 6 months'],
    ['actually she is 17', 17, 'she is 17'],
    ["he's 4", 4, "he's 4"],
    ['the child was fifteen', 15, 'child was fifteen'],
    ['a four year old', 4, 'four year old'],
    ['a 22 year old care leaver', 22, '22 year old'],
    ['newborn baby', 0, 'newborn'],
    ['Baby Y, 4 months, died', 0, 'Baby Y, 4 months'],
    ['death of infant 10 weeks', 0, 'infant 10 weeks'],
  ])('"%s" is aged %i', (text, years, span) => {
    expect(findAges(text)).toMatchObject([{ years, text: span }]);
  });

  it.each([
    ['two years ago'],
    ['20 working days'],
    ['she was 10 minutes late'],
    ['at 2am'],
    ['he was 3rd in the queue'],
    ['on 15/11/2026'],
  ])('finds no age in "%s"', (text) => {
    expect(findAges(text)).toEqual([]);
  });
});
