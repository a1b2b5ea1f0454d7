import { calendar } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { packagedKnowledge } from './packaged-knowledge.ts';
import { answerWorkingDayQuestion } from './working-day-question.ts';

// Monday 23 November 2026. Dates without a year are the next such day.
const ask = (question: string) =>
  answerWorkingDayQuestion(question, { calendar, knowledge: packagedKnowledge, asOf: '2026-11-23' });

describe('working-day questions, counted on the England and Wales calendar', () => {
  it.each([
    // 1 June 2027 is a Tuesday; 31 May and 3 May 2027 are bank holidays.
    ['20 working days before 1 June', 'Friday 30 April 2027 is 20 working days before Tuesday 1 June 2027.'],
    [
      'what date is 5 working days after 23/11/2026?',
      'Monday 30 November 2026 is 5 working days after Monday 23 November 2026.',
    ],
    // Christmas Day is a Friday, Boxing Day a Saturday: its substitute is Monday 28 December.
    [
      '1 working day after Christmas Eve',
      'Tuesday 29 December 2026 is 1 working day after Thursday 24 December 2026.',
    ],
    [
      'is 28 December a working day?',
      'Monday 28 December 2026 is not a working day: it is a bank holiday in England and Wales (Boxing Day (Substitute day)).',
    ],
    ['is 29/12/2026 a working day', 'Tuesday 29 December 2026 is a working day.'],
    [
      'is Saturday 5 December 2026 a bank holiday?',
      'Saturday 5 December 2026 is not a working day: it is a Saturday.',
    ],
    [
      'how many working days between 23 November 2026 and 30 November 2026?',
      'There are 5 working days after Monday 23 November 2026, up to and including Monday 30 November 2026.',
    ],
  ])('"%s"', (question, first) => {
    const answer = ask(question)!;
    expect(answer.text.split('\n')[0]).toBe(first);
    expect(answer.citations).toEqual([packagedKnowledge.calendarCitation]);
  });

  it('says when the years are beyond the official bank-holiday list', () => {
    expect(ask('10 working days after 1 March 2030')!.text).toMatch(
      /official bank-holiday list covers 2013 to 2027/,
    );
  });

  it.each([['what is a working day?'], ['working days'], ['a baby died yesterday']])(
    'leaves "%s" to others',
    (question) => {
      expect(ask(question)).toBeUndefined();
    },
  );
});
