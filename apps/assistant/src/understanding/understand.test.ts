import { catalogue } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { understand } from './understand.ts';
import { buildVocabulary } from './vocabulary.ts';

const vocabulary = buildVocabulary(catalogue);
// Monday 23 November 2026.
const read = (text: string, asOf = '2026-11-23') => understand(text, asOf, vocabulary);
const facts = (text: string, asOf?: string) =>
  Object.fromEntries(read(text, asOf).changes.map(({ path, value }) => [path, value]));

describe('understand', () => {
  describe('negation turns a phrase round', () => {
    it.each([
      ['no concerns about abuse', { 'incident.abuseOrNeglect': 'not-suspected' }],
      ['no signs of neglect', { 'incident.abuseOrNeglect': 'not-suspected' }],
      ['abuse ruled out', { 'incident.abuseOrNeglect': 'not-suspected' }],
      ['neglect not suspected', { 'incident.abuseOrNeglect': 'not-suspected' }],
      ['not in care', { 'child.lookedAfter': false }],
      ['never been in care', { 'child.lookedAfter': false, 'child.careLeaver': false }],
      ['no serious injuries', { 'incident.harm': 'none' }],
      ['neglect suspected, no abuse', { 'incident.abuseOrNeglect': 'suspected' }],
      ['no concerns about abuse but neglect suspected', { 'incident.abuseOrNeglect': 'suspected' }],
    ])('"%s"', (text, expected) => {
      expect(facts(text)).toEqual(expected);
    });

    it('does not set where it happened from where it did not', () => {
      expect(facts('not in our area')).toEqual({});
    });
  });

  describe('an event only when it happened', () => {
    it.each([
      ['we need to notify the panel by Friday'],
      ['must tell the LADO today'],
      ['when do we notify the panel?'],
      ['ICPC booked for 3 December'],
      ['have to do the rapid review'],
    ])('"%s" sets no event', (text) => {
      expect(read(text).changes.filter((change) => change.path.startsWith('events.'))).toEqual([]);
    });

    it('forgets an event said not to have happened', () => {
      expect(read('we have not told the LADO').changes).toEqual([
        { path: 'events.ladoInformed', value: null },
      ]);
    });

    it('keeps an event said without a date, to ask when', () => {
      const result = read('the panel has been notified');
      expect(result.changes).toEqual([]);
      expect(result.undatedEvents).toEqual(['panelNotified']);
    });

    it('reads a plan forwards: "will be published on Friday"', () => {
      expect(facts('lcspr report will be published on Friday')).toMatchObject({
        'events.publicationPlanned': '2026-11-27',
      });
    });
  });

  describe('dates go to the event they belong to', () => {
    it.each([
      [
        'we found out on Monday that the baby had died on Saturday',
        { 'events.laBecameAware': '2026-11-23', 'events.childDied': '2026-11-21' },
      ],
      ['on 3 March the panel was notified', { 'events.panelNotified': '2026-03-03' }],
      [
        'baby died yesterday, we found out today',
        { 'events.childDied': '2026-11-22', 'events.laBecameAware': '2026-11-23' },
      ],
      ['notified DfE and Ofsted of the death on 24/11', { 'events.secretaryOfStateNotified': '2025-11-24' }],
    ])('"%s"', (text, expected) => {
      expect(facts(text)).toMatchObject(expected);
    });

    it('says which dates it could not place', () => {
      expect(read('on Friday 20th').unplacedDates).toEqual([{ text: 'on Friday 20th', date: '2026-11-20' }]);
    });
  });

  it('what happened to the child is the worst said: "died in hospital" is a death', () => {
    expect(facts('died in hospital yesterday')['incident.harm']).toBe('death');
  });

  it('chooses between two events named by the same words by what else is said', () => {
    expect(
      facts('revised arrangements published 12/12/2024, arrangements went live 1 Jan 2025', '2025-03-01'),
    ).toEqual({
      'events.arrangementsPublished': '2024-12-12',
      'events.arrangementsImplemented': '2025-01-01',
    });
    expect(
      facts('serious case review outstanding, arrangements went live 29/09/2019', '2019-10-01'),
    ).toMatchObject({
      'events.partnerArrangementsStarted': '2019-09-29',
    });
  });

  it('tells where in the text each fact came from', () => {
    const text = '9 week old baby died yesterday';
    for (const span of read(text).understood) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads corrections as the latest word: "actually she is 17"', () => {
    expect(facts('actually she is 17')).toEqual({ 'child.ageYears': 17 });
  });
});
