import { describe, expect, it } from 'vitest';
import { findDateMentions } from './date-mentions.ts';
import { type DateDirection, resolveDate } from './resolve-date.ts';

// Monday 23 November 2026.
const AS_OF = '2026-11-23';

function read(text: string, direction: DateDirection = 'past', asOf = AS_OF): (string | undefined)[] {
  return findDateMentions(text, asOf).map((mention) => resolveDate(mention.form, asOf, direction));
}

describe('dates in the text, read on the Europe/London calendar as a UK writer means them', () => {
  it.each([
    ['yesterday', '2026-11-22'],
    ['the day before yesterday', '2026-11-21'],
    ['this morning', '2026-11-23'],
    ['earlier today', '2026-11-23'],
    ['last night', '2026-11-22'],
    ['tonight', '2026-11-23'],
    ['three days ago', '2026-11-20'],
    ['2 weeks ago', '2026-11-09'],
    ['05/06/2026', '2026-06-05'],
    ['5/6/26', '2026-06-05'],
    ['5.6.26', '2026-06-05'],
    ['23.11.2026', '2026-11-23'],
    ['2026-11-02', '2026-11-02'],
    ['3rd March 2025', '2025-03-03'],
    ['Nov 2nd 2025', '2025-11-02'],
    ['12 Nov 25', '2025-11-12'],
  ])('"%s" is %s', (text, date) => {
    expect(read(text)).toEqual([date]);
  });

  describe('something that happened: the latest such day on or before the as-of date', () => {
    it.each([
      ['on Wednesday', '2026-11-18'],
      ['on Monday', '2026-11-23'],
      ['Friday night', '2026-11-20'],
      ['at 2am on Sunday', '2026-11-22'],
      ['on sat', '2026-11-21'],
      ['last Tuesday', '2026-11-17'],
      ['last Monday', '2026-11-16'],
      ['on the 15th', '2026-11-15'],
      ['on the 25th', '2026-10-25'],
      ['on the 31st', '2026-10-31'],
      ['Friday 13th', '2026-11-13'],
      ['Thursday 13th', '2026-08-13'],
      ['on 3 March', '2026-03-03'],
      ['on 25/11', '2025-11-25'],
      ['1 June', '2026-06-01'],
      ['Christmas Eve', '2025-12-24'],
      ['Boxing Day', '2025-12-26'],
      ['Good Friday', '2026-04-03'],
      ['Easter Monday', '2026-04-06'],
      ['Good Friday 2025', '2025-04-18'],
      ["New Year's Day", '2026-01-01'],
    ])('"%s" is %s', (text, date) => {
      expect(read(text, 'past')).toEqual([date]);
    });
  });

  describe('something planned: the first such day on or after the as-of date', () => {
    it.each([
      ['on Wednesday', '2026-11-25'],
      ['on the 15th', '2026-12-15'],
      ['on 3 March', '2027-03-03'],
      ['Christmas Eve', '2026-12-24'],
      ['Good Friday', '2027-03-26'],
      ['next Wednesday', '2026-11-25'],
    ])('"%s" is %s', (text, date) => {
      expect(read(text, 'future')).toEqual([date]);
    });
  });

  it.each([
    ['at 2am', 'a time of day alone'],
    ['at 14.30', 'a time of day alone'],
    ['last week', 'a vague span'],
    ['over the weekend', 'a vague span'],
    ['in March', 'a month alone'],
    ['the baby sat in the car', 'an abbreviation that is a word'],
    ['may have been abused', 'a month that is a word'],
    ['31/02/2026', 'a day that does not exist'],
  ])('"%s" is not a date (%s)', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('finds each date in a sentence, with where it is', () => {
    const text = 'Injured on Saturday, we found out on 23/11/2026';
    const mentions = findDateMentions(text, AS_OF);
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual([
      'on Saturday',
      '23/11/2026',
    ]);
  });
});
