import { CaseFacts } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import {
  factsFromCase,
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
  RECORD_EVENTS,
} from './facts-from-record.ts';

// Plain objects; the mappers take the schema types.
type Loose<T extends (...args: never[]) => unknown> = Parameters<T>[0];

const seriousIncidentInput = () => ({
  area: 'E08000034',
  notifier: { role: 'Head of Service, Safeguarding' },
  incidentType: 'serious-harm',
  harm: 'serious-harm',
  abuseOrNeglect: 'suspected',
  location: 'in-area',
  incidentDate: '2026-11-01',
  laBecameAware: '2026-11-02',
  children: [{ reference: 'CHILD-001', ageYears: 4, legalStatus: ['child-in-need'] }],
  caseOutline: 'Outline.',
});
const practiceReviewInput = () => ({
  area: 'E08000034',
  kind: 'lcspr',
  seriousIncidentIds: ['00000000-0000-4000-8000-000000000000'],
  initiated: '2026-11-10',
  publicationPlanned: '2027-05-01',
});
const childDeathInput = () => ({
  area: 'E08000034',
  child: { reference: 'CD-2026-17', ageYears: 2, sex: 'female', normallyResidentArea: 'E08000034' },
  dateOfDeath: '2026-11-04',
  placeOfDeath: 'hospital',
  expected: false,
  jointAgencyResponse: { triggered: true, criterion: 'sudden-no-apparent-cause', started: '2026-11-04' },
});
const partnershipInput = () => ({
  area: 'E08000034',
  areas: ['E08000034'],
  name: 'Example Safeguarding Children Partnership',
  regime: 'safeguarding-partners',
  arrangementsPublished: '2026-01-10',
});

describe('facts from records', () => {
  const incident = seriousIncidentInput() as unknown as Loose<typeof factsFromSeriousIncident>;

  it.each([
    [
      'a serious incident: what happened, the first child, the notification dates',
      () => factsFromSeriousIncident({ ...incident, panelNotified: '2026-11-04' }),
      {
        area: 'E08000034',
        child: { ageYears: 4 },
        incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
        events: { incidentOccurred: '2026-11-01', laBecameAware: '2026-11-02', panelNotified: '2026-11-04' },
      },
    ],
    [
      'a looked-after child’s death marks the child looked after',
      () =>
        factsFromSeriousIncident({
          ...incident,
          incidentType: 'looked-after-child-death',
          harm: 'death',
          children: [{ reference: 'C-1', ageYears: 15, legalStatus: ['looked-after'] }],
        }),
      expect.objectContaining({ child: { ageYears: 15, lookedAfter: true } }),
    ],
    [
      'a rapid review: its incident’s facts plus its own dates',
      () =>
        factsFromRapidReview(
          {
            area: 'E08000034',
            seriousIncidentId: 'x',
            started: '2026-11-03',
            completed: '2026-11-10',
            sentToPanel: '2026-11-11',
          },
          incident,
        ),
      expect.objectContaining({
        incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
        events: {
          incidentOccurred: '2026-11-01',
          laBecameAware: '2026-11-02',
          rapidReviewCompleted: '2026-11-10',
          rapidReviewSentToPanel: '2026-11-11',
        },
      }),
    ],
    [
      'a rapid review whose incident cannot be seen: only its own dates',
      () =>
        factsFromRapidReview({ area: 'E08000034', seriousIncidentId: 'x', started: '2026-11-03' }, undefined),
      { area: 'E08000034', events: {} },
    ],
    [
      'a practice review: its kind and its dates',
      () =>
        factsFromPracticeReview({
          ...(practiceReviewInput() as unknown as Loose<typeof factsFromPracticeReview>),
          publication: { outcome: 'published', date: '2027-05-01', url: 'https://example.org/review' },
        }),
      {
        area: 'E08000034',
        review: { kind: 'lcspr' },
        events: {
          reviewInitiated: '2026-11-10',
          publicationPlanned: '2027-05-01',
          reportPublished: '2027-05-01',
        },
      },
    ],
    [
      'a child death: the death, the joint agency response and where the child lived',
      () => factsFromChildDeath(childDeathInput() as unknown as Loose<typeof factsFromChildDeath>),
      {
        area: 'E08000034',
        child: { ageYears: 2, normallyResidentInArea: true },
        death: { expected: false, jarCriteriaMet: true },
        events: { childDied: '2026-11-04', jarStarted: '2026-11-04' },
      },
    ],
    [
      'a partnership: its regime and the latest yearly report, and no edition (standing duties follow the as-of date)',
      () =>
        factsFromPartnership({
          ...(partnershipInput() as unknown as Loose<typeof factsFromPartnership>),
          yearlyReports: [
            {
              periodStart: '2024-04-01',
              periodEnd: '2025-03-31',
              published: '2025-09-01',
              sent: '2025-09-02',
            },
            { periodStart: '2023-04-01', periodEnd: '2024-03-31', published: '2024-09-01' },
          ],
        }),
      {
        area: 'E08000034',
        arrangements: { regime: 'safeguarding-partners' },
        events: {
          arrangementsPublished: '2026-01-10',
          yearlyReportPublished: '2025-09-01',
          yearlyReportSent: '2025-09-02',
        },
      },
    ],
    [
      'a child death whose record answers the engine’s questions: abuse or neglect, where, looked after',
      () =>
        factsFromChildDeath({
          ...(childDeathInput() as unknown as Loose<typeof factsFromChildDeath>),
          abuseOrNeglect: 'suspected',
          location: 'in-area',
          child: { reference: 'CD-2026-17', ageYears: 15, sex: 'male', lookedAfter: true },
        }),
      {
        area: 'E08000034',
        child: { ageYears: 15, lookedAfter: true },
        incident: { harm: 'death', abuseOrNeglect: 'suspected', location: 'in-area' },
        death: { expected: false, jarCriteriaMet: true },
        events: { childDied: '2026-11-04', jarStarted: '2026-11-04' },
      },
    ],
    [
      'a child death whose place is known but not yet whether abuse or neglect is suspected',
      () =>
        factsFromChildDeath({
          ...(childDeathInput() as unknown as Loose<typeof factsFromChildDeath>),
          location: 'elsewhere-in-england',
        }),
      expect.objectContaining({
        incident: { harm: 'death', abuseOrNeglect: 'unknown', location: 'elsewhere-in-england' },
      }),
    ],
    [
      'a whole case: the incident, its rapid review, its practice review and the child’s death review',
      () =>
        factsFromCase({
          seriousIncident: { ...incident, harm: 'death', incidentType: 'death' },
          rapidReview: {
            area: 'E08000034',
            seriousIncidentId: 'x',
            started: '2026-11-03',
            completed: '2026-11-10',
          },
          practiceReview: practiceReviewInput() as unknown as Loose<typeof factsFromPracticeReview>,
          childDeath: {
            ...(childDeathInput() as unknown as Loose<typeof factsFromChildDeath>),
            dateOfDeath: '2026-11-01',
            jointAgencyResponse: { triggered: true, started: '2026-11-01' },
          },
        }),
      {
        area: 'E08000034',
        // The death review knows the child who died best; the notification says what happened.
        child: { ageYears: 2, normallyResidentInArea: true },
        incident: { harm: 'death', abuseOrNeglect: 'suspected', location: 'in-area' },
        death: { expected: false, jarCriteriaMet: true },
        review: { kind: 'lcspr' },
        events: {
          incidentOccurred: '2026-11-01',
          laBecameAware: '2026-11-02',
          rapidReviewCompleted: '2026-11-10',
          reviewInitiated: '2026-11-10',
          publicationPlanned: '2027-05-01',
          childDied: '2026-11-01',
          jarStarted: '2026-11-01',
        },
      },
    ],
    [
      'a case of one record is that record’s facts',
      () => factsFromCase({ seriousIncident: incident }),
      factsFromSeriousIncident(incident),
    ],
  ])('%s', (_case, derive, expected) => {
    const facts = derive();
    expect(facts).toEqual(expected);
    // Whatever a record holds, the facts it yields are facts the engine accepts.
    expect(CaseFacts.safeParse(facts).success).toBe(true);
  });
});

describe('RECORD_EVENTS', () => {
  const everyDate = {
    incidentDate: '2026-11-01',
    laBecameAware: '2026-11-02',
    panelNotified: '2026-11-03',
    partnersNotified: '2026-11-03',
    ofstedNotified: '2026-11-03',
    secretaryOfStateNotified: '2026-11-03',
  };
  it.each([
    [
      'serious-incident',
      factsFromSeriousIncident({
        ...(seriousIncidentInput() as unknown as Loose<typeof factsFromSeriousIncident>),
        ...everyDate,
      }),
    ],
    [
      'rapid-review',
      factsFromRapidReview(
        {
          area: 'E08000034',
          seriousIncidentId: 'x',
          started: '2026-11-03',
          completed: '2026-11-04',
          sentToPanel: '2026-11-05',
        },
        undefined,
      ),
    ],
    [
      'practice-review',
      factsFromPracticeReview({
        ...(practiceReviewInput() as unknown as Loose<typeof factsFromPracticeReview>),
        sentToPanel: '2027-04-01',
        publication: { outcome: 'published', date: '2027-05-01', url: 'https://example.org/review' },
      }),
    ],
    [
      'child-death',
      factsFromChildDeath({
        ...(childDeathInput() as unknown as Loose<typeof factsFromChildDeath>),
        cdopNotified: '2026-11-05',
      }),
    ],
    [
      'safeguarding-partnership',
      factsFromPartnership({
        ...(partnershipInput() as unknown as Loose<typeof factsFromPartnership>),
        arrangementsImplemented: '2026-02-01',
        yearlyReports: [
          { periodStart: '2025-04-01', periodEnd: '2026-03-31', published: '2026-09-01', sent: '2026-09-02' },
        ],
      }),
    ],
  ])('lists every event a %s record holds, and only those', (type, facts) => {
    expect(Object.keys(facts.events).sort()).toEqual([...(RECORD_EVENTS[type] ?? [])].sort());
  });
});
