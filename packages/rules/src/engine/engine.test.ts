import { describe, expect, test } from 'vitest';
import officialList from '../../data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { createCalendar } from '../calendar/index.ts';
import { FactsError } from '../facts-error.ts';
import { nextActions } from '../index.ts';
import { createEngine } from './engine.ts';

const seriousHarm = {
  incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
  events: { laBecameAware: '2026-11-02' },
} as const;

function factsError(run: () => unknown): FactsError {
  try {
    run();
  } catch (error) {
    if (error instanceof FactsError) return error;
    throw error;
  }
  throw new Error('expected a FactsError');
}

describe('invalid facts are refused with the field and the reason', () => {
  test.each([
    [
      { events: { laBecameAware: '2026-02-30' } },
      'events.laBecameAware',
      'must be a real date written YYYY-MM-DD',
    ],
    [{ events: { laBecameAwre: '2026-02-03' } }, 'events.laBecameAwre', 'is not a known field'],
    [
      { events: { laBecameAware: '2026-11-10', panelNotified: '2026-11-09' } },
      'events.panelNotified',
      'cannot be before laBecameAware',
    ],
    [{ incident: { harm: 'hurt', abuseOrNeglect: 'known' }, events: {} }, 'incident.harm', 'must be one of'],
    [{ child: { ageYears: 3.5 }, events: {} }, 'child.ageYears', 'whole number'],
    [{}, 'events', 'is required'],
    [{ events: { laBecameAware: '2250-01-05' } }, 'events.laBecameAware', 'outside the years'],
    [
      { childProtection: { reviewConferences: ['2026-05-01', '2026-03-01'] }, events: {} },
      'childProtection.reviewConferences[1]',
      'in the order they were held',
    ],
    [
      {
        childProtection: { reviewConferences: ['2026-03-01', '2026-05-01'] },
        events: { initialConference: '2026-01-05', reviewConference: '2026-03-01' },
      },
      'events.reviewConference',
      'must be the latest',
    ],
  ])('%j → %s', (facts, path, reason) => {
    const error = factsError(() => nextActions(facts, { asOf: '2026-11-20' }));
    const issue = error.issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue!.message).toContain(reason);
    expect(error.message).toContain(path);
  });

  test.each([
    [{ asOf: '20-11-2026' }, 'asOf', 'YYYY-MM-DD'],
    [{ asOf: '2026-11-20', edition: 'wt2010' }, 'edition', 'must be one of'],
    [{ asOf: '2012-01-01' }, 'asOf', 'before 15 April 2013, when Working Together 2013 came in'],
    [{ asOf: '2013-04-14' }, 'asOf', 'Working Together 2013'],
    [{ asOf: '9999-12-31' }, 'asOf', 'outside the years'],
  ])('bad options %j are refused naming %s', (options, path, reason) => {
    const error = factsError(() => nextActions({ events: {} }, options as { asOf: string }));
    expect(error.issues[0]!.path).toBe(path);
    expect(error.issues[0]!.message).toContain(reason);
  });

  test('the first day of Working Together 2013 is answered', () => {
    expect(nextActions({ events: {} }, { asOf: '2013-04-15' }).edition).toBe('wt2013');
  });
});

describe('answers', () => {
  test('overdue duties come first, with negative working days remaining', () => {
    const result = nextActions(
      { ...seriousHarm, events: { laBecameAware: '2026-11-02', referralReceived: '2026-11-19' } },
      { asOf: '2026-11-20' },
    );
    const order = result.actions.map((action) => [action.duty, action.status, action.dueDate]);
    expect(order.slice(0, 3)).toEqual([
      ['si-notify-panel', 'overdue', '2026-11-09'],
      ['si-notify-partners', 'overdue', '2026-11-09'],
      ['cp-referral-decision', 'due', '2026-11-20'],
    ]);
    expect(result.actions[0]!.workingDaysRemaining).toBe(-9);
    expect(result.actions[2]!.workingDaysRemaining).toBe(0);
  });

  test('every applicable action is cited and says why, and caveats accompany confidence below high', () => {
    const result = nextActions(seriousHarm, { asOf: '2026-11-03' });
    expect(result.actions.length).toBeGreaterThan(0);
    for (const action of result.actions) {
      expect(action.citations.length, action.duty).toBeGreaterThan(0);
      expect(action.why, action.duty).toMatch(/seriously harmed/);
      expect(Boolean(action.caveat), action.duty).toBe(action.confidence !== 'high');
    }
    const notify = result.actions.find((action) => action.duty === 'si-notify-panel')!;
    expect(notify.citations).toContainEqual(
      expect.objectContaining({
        source: 'ca2004',
        ref: 'section 16C(1)',
        url: expect.stringContaining('/section/16C'),
      }),
    );
    expect(notify.deadline).toBe('5 working days after the local authority became aware');
    expect(notify.why).toContain('2 November 2026');
  });

  test('with no age given the person is taken to be a child, and the answer says so', () => {
    const notify = nextActions(seriousHarm, { asOf: '2026-11-03' }).actions.find(
      (action) => action.duty === 'si-notify-panel',
    )!;
    expect(notify.why).toMatch(/age is not given, so they are taken to be a child/);
    expect(notify.dependsOn).toBeUndefined();
  });

  test.each([18, 19, 24, 40])(
    'at %i a person is not a child: every child-only duty is ruled out, saying why',
    (ageYears) => {
      const result = nextActions(
        { ...seriousHarm, child: { ageYears }, incident: { ...seriousHarm.incident, harm: 'death' } },
        { asOf: '2026-11-03' },
      );
      for (const duty of ['si-notify-panel', 'si-notify-partners', 'rr-complete', 'rr-send-to-panel']) {
        expect(result.actions.map((action) => action.duty)).not.toContain(duty);
        expect(result.notApplicable.find((entry) => entry.duty === duty)!.why).toContain(`aged ${ageYears}`);
      }
    },
  );

  test('citations follow the edition applied', () => {
    const in2019 = nextActions(
      { ...seriousHarm, events: { laBecameAware: '2019-05-01' } },
      { asOf: '2019-05-01' },
    );
    const sources = in2019.actions
      .find((action) => action.duty === 'si-notify-panel')!
      .citations.map((c) => c.source);
    expect(sources).toContain('wt2018');
    expect(sources).not.toContain('wt2023');
  });

  test('a missing fact becomes one question with its choices, asked once, and the duties wait on it', () => {
    const result = nextActions(
      {
        incident: { harm: 'death', abuseOrNeglect: 'unknown', location: 'in-area' },
        events: { laBecameAware: '2026-11-19' },
      },
      { asOf: '2026-11-19' },
    );
    expect(result.questions).toEqual([
      {
        fact: 'incident.abuseOrNeglect',
        ask: 'Is abuse or neglect known or suspected?',
        options: ['known', 'suspected', 'not-suspected'],
      },
      {
        fact: 'child.lookedAfter',
        ask: 'Was the child looked after by a local authority at the time?',
        options: ['yes', 'no'],
      },
    ]);
    const waiting = result.actions.filter((action) => action.dependsOn);
    expect(waiting.map((action) => action.duty).sort()).toEqual(
      [
        'rr-complete',
        'rr-send-to-panel',
        'si-notify-lac-death',
        'si-notify-panel',
        'si-notify-parents-lac-death',
        'si-notify-partners',
      ].sort(),
    );
    for (const action of waiting) expect(action.why, action.duty).toContain('Not yet certain: it depends on');
  });

  test('no question is asked that cannot change the answer', () => {
    const noConference = nextActions(
      {
        childProtection: { conferenceNeeded: false },
        events: { referralReceived: '2026-11-02', strategyDiscussion: '2026-11-05' },
      },
      { asOf: '2026-11-06' },
    );
    expect(noConference.questions).toEqual([]);
    const referralOnly = nextActions({ events: { referralReceived: '2026-11-02' } }, { asOf: '2026-11-02' });
    expect(referralOnly.questions).toEqual([]);
    const inArea = nextActions(seriousHarm, { asOf: '2026-11-03' });
    expect(inArea.questions.map((question) => question.fact)).not.toContain('child.normallyResidentInArea');
  });

  test('a death known only from its date is treated as a death, and asks about abuse and care', () => {
    const result = nextActions(
      { events: { childDied: '2026-11-18', laBecameAware: '2026-11-18' } },
      { asOf: '2026-11-19' },
    );
    expect(result.questions.map((question) => question.fact)).toEqual([
      'incident.abuseOrNeglect',
      'incident.location',
      'child.lookedAfter',
      'child.normallyResidentInArea',
      'death.jarCriteriaMet',
    ]);
    expect(result.actions.map((action) => action.duty)).toContain('cdr-notify-cdop');
  });

  test('an answer about one case lists no standing duties of the arrangements', () => {
    const result = nextActions({ events: { allegationReceived: '2026-11-19' } }, { asOf: '2026-11-19' });
    expect(result.actions.map((action) => action.duty)).toEqual(['lado-inform']);
    expect(result.questions).toEqual([]);
    expect(result.checklist).toBeUndefined();
    expect(result.notApplicable.find((entry) => entry.duty === 'si-notify-panel')!.why).toBe(
      'The facts describe no serious incident or death.',
    );
    expect(result.notApplicable.find((entry) => entry.duty === 'ma-threshold-document')!.why).toMatch(
      /not about the local safeguarding arrangements/,
    );
  });

  test('each action carries the edition of its own process; the answer the edition of the as-of date', () => {
    const result = nextActions(
      {
        ...seriousHarm,
        events: {
          laBecameAware: '2026-11-02',
          referralReceived: '2015-01-05',
          allegationReceived: '2018-09-03',
        },
      },
      { asOf: '2026-11-03' },
    );
    const editionOf = (duty: string) => result.actions.find((action) => action.duty === duty)?.edition;
    expect(result.edition).toBe('wt2023');
    expect(editionOf('si-notify-panel')).toBe('wt2023');
    expect(editionOf('cp-referral-decision')).toBe('wt2013');
    expect(editionOf('lado-inform')).toBe('wt2018');
    // Citations follow each action's own edition.
    for (const action of result.actions) {
      for (const citation of action.citations) {
        if (/^wt20\d\d$/.test(citation.source)) expect(citation.source, action.duty).toBe(action.edition);
      }
    }
  });

  test('a process whose own trigger is before 2013 is left out with a warning, not an error', () => {
    const result = nextActions(
      { ...seriousHarm, events: { laBecameAware: '2026-11-02', referralReceived: '2012-06-01' } },
      { asOf: '2026-11-03' },
    );
    expect(result.actions.map((action) => action.duty)).toContain('si-notify-panel');
    expect(result.actions.map((action) => action.duty)).not.toContain('cp-referral-decision');
    expect(result.notApplicable.find((entry) => entry.duty === 'cp-referral-decision')!.why).toMatch(
      /referral was received on 1 June 2012, before Working Together 2013 came in/,
    );
    expect(result.warnings?.join(' ')).toMatch(/1 June 2012.*not listed/);
  });

  test('dates after the as-of date choose nothing and are named in a warning', () => {
    const result = nextActions(
      { ...seriousHarm, events: { laBecameAware: '2026-11-02', panelNotified: '2026-11-20' } },
      { asOf: '2026-11-03' },
    );
    expect(result.actions.find((action) => action.duty === 'si-notify-panel')!.status).toBe('due');
    expect(result.warnings).toEqual([
      expect.stringMatching(/after 3 November 2026 were left out.*panel notified/i),
    ]);
  });

  test('a due date resting on bank holidays worked out by rule says the calendar is provisional', () => {
    const after = nextActions({ events: { allegationReceived: '2028-12-22' } }, { asOf: '2028-12-22' });
    expect(after.actions[0]!.caveat).toMatch(/^Provisional calendar: .*2028/);
    const within = nextActions({ events: { allegationReceived: '2026-12-24' } }, { asOf: '2026-12-24' });
    expect(within.actions[0]!.caveat).toBeUndefined();
  });

  test('with no events, the edition is the one in force on the as-of date', () => {
    expect(nextActions({ events: {} }, { asOf: '2016-01-01' }).edition).toBe('wt2015');
    expect(nextActions({ events: {} }, { asOf: '2023-12-15' }).edition).toBe('wt2023');
  });

  test('the options edition overrides the one in the facts and the dates', () => {
    expect(
      nextActions({ ...seriousHarm, edition: 'wt2015' }, { asOf: '2026-11-03', edition: 'wt2018' }).edition,
    ).toBe('wt2018');
  });

  test('is pure: the same facts give the same answer, and the facts are not changed', () => {
    const facts = structuredClone(seriousHarm);
    const first = nextActions(facts, { asOf: '2026-11-05' });
    expect(nextActions(facts, { asOf: '2026-11-05' })).toEqual(first);
    expect(facts).toEqual(seriousHarm);
  });
});

describe('createEngine', () => {
  test('uses the calendar it is given: an extra holiday moves the deadline', () => {
    const withExtraHoliday = createCalendar({
      division: 'england-and-wales',
      events: [...officialList.events, { title: 'Test-only holiday', date: '2026-11-04', notes: '' }],
    });
    const engine = createEngine({ calendar: withExtraHoliday });
    const notify = (result: ReturnType<typeof engine.nextActions>) =>
      result.actions.find((action) => action.duty === 'si-notify-panel')!.dueDate;
    expect(notify(nextActions(seriousHarm, { asOf: '2026-11-02' }))).toBe('2026-11-09');
    expect(notify(engine.nextActions(seriousHarm, { asOf: '2026-11-02' }))).toBe('2026-11-10');
  });

  test('refuses a catalogue that fails its checks, naming the file', () => {
    expect(() => createEngine({ catalogue: { 'editions.yaml': [] } })).toThrow(/editions\.yaml/);
  });
});

test('a malformed date gets its own error, not a confusing order error', () => {
  const error = factsError(() =>
    nextActions(
      { events: { laBecameAware: '2026-13-01', panelNotified: '2026-01-01' } },
      { asOf: '2026-11-20' },
    ),
  );
  expect(error.issues.map((issue) => issue.path)).toEqual(['events.laBecameAware']);
});

test('a care leaver, or anyone 18 or over, is not asked whether they were looked after', () => {
  const death = { harm: 'death', abuseOrNeglect: 'not-suspected', location: 'in-area' } as const;
  for (const child of [{ careLeaver: true, ageYears: 22 }, { ageYears: 19 }]) {
    const result = nextActions(
      { child, incident: death, events: { laBecameAware: '2026-11-16' } },
      { asOf: '2026-11-16' },
    );
    expect(result.questions.map((question) => question.fact)).not.toContain('child.lookedAfter');
    expect(result.notApplicable.find((entry) => entry.duty === 'si-notify-lac-death')?.why).toMatch(
      /left care|under 18 can be looked after|not under 18/,
    );
  }
});

test('every duty ruled out says why in a sentence', () => {
  const cases = [
    {
      facts: {
        incident: { harm: 'none', abuseOrNeglect: 'not-suspected', location: 'in-area' },
        events: { laBecameAware: '2026-11-16' },
      },
      asOf: '2026-11-20',
    },
    {
      facts: { arrangements: { regime: 'lscb' }, events: { arrangementsPublished: '2019-05-01' } },
      asOf: '2019-07-01',
    },
    {
      facts: { review: { kind: 'national' }, events: { reviewInitiated: '2025-01-06' } },
      asOf: '2025-02-01',
    },
  ];
  for (const { facts, asOf } of cases) {
    for (const entry of nextActions(facts, { asOf }).notApplicable) {
      expect(entry.why, entry.duty).toMatch(/^[A-Z].*\.$/);
      expect(entry.why, entry.duty).not.toMatch(/undefined|: \./);
    }
  }
});
