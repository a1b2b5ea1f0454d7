import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DUTIES } from './duties.ts';
import { loadCatalogue } from './load-catalogue.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));

describe('loadCatalogue', () => {
  test('loads the packaged catalogue: every duty of duties.md, each cited', () => {
    const duties = loadCatalogue(DUTIES);
    expect(duties.map((duty) => duty.id)).toEqual([
      'si-notify-panel',
      'si-notify-partners',
      'si-notify-lac-death',
      'si-notify-care-leaver-death',
      'si-notify-ofsted-lscb',
      'rr-complete',
      'rr-send-to-panel',
      'lcspr-publish',
      'lcspr-send-before-publication',
      'lcspr-keep-published',
      'scr-complete',
      'scr-send-before-publication',
      'scr-transition-complete',
      'cdr-notify-cdop',
      'cdr-joint-agency-response',
      'cdr-review',
      'cdr-lscb-review',
      'ma-publish-arrangements-2019',
      'ma-implement-arrangements-2019',
      'ma-publish-arrangements-2023',
      'ma-yearly-report',
      'ma-send-yearly-report',
      'ma-independent-scrutiny',
      'ma-threshold-document',
      'lscb-annual-report',
      'cp-referral-decision',
      'cp-assessment',
      'cp-initial-conference',
      'cp-core-group',
      'cp-first-review-conference',
      'cp-next-review-conference',
      'lado-inform',
    ]);
    for (const duty of duties) expect(duty.citations.length, duty.id).toBeGreaterThan(0);
  });

  test.each([
    ['no-citation.json', 'fixtures: duty "x-duty": citations needs at least one citation'],
    ['unknown-edition.json', 'fixtures: duty "x-duty": editions[1] names an unknown edition "wt2027"'],
    [
      'unknown-event.json',
      'fixtures: duty "x-duty": deadline.from[0] names an unknown event "allegationRecieved"',
    ],
    ['duplicate-id.json', 'fixtures: duty "x-duty": duplicate id (also duty #1)'],
    ['edition-without-value.json', 'fixtures: duty "x-duty": confidence has no value for wt2018'],
    ['edition-without-citation.json', 'fixtures: duty "x-duty": has no citation for wt2018'],
    ['unknown-same-as.json', 'fixtures: duty "x-duty": deadline refers to unknown duty "no-such-duty"'],
  ])('%s fails with a message naming the duty and the problem', (file, message) => {
    expect(() => loadCatalogue(fixture(file), 'fixtures')).toThrow(message);
  });

  test('a catalogue that is not a list is refused', () => {
    expect(() => loadCatalogue({ duties: [] }, 'fixtures')).toThrow('fixtures: must be a list of duties');
  });
});
