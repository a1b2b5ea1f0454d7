import type { Citation, DutyCondition, Edition } from '@safeguarding/schemas';
import { SOURCE_URLS } from './citations.ts';

/**
 * The duty catalogue as data: one entry per duty in shared/domain/duties.md, with its conditions,
 * deadline, confidence and citations. Facts and numbers come from the guidance; the wording is ours.
 * Loaded and checked by load-catalogue.ts.
 */

type EditionCitation = Citation & { editions?: Edition[] };

function workingTogether(edition: Edition, ref: string): EditionCitation {
  return { source: edition, ref, url: SOURCE_URLS.workingTogether, editions: [edition] };
}
const transitionalGuidance = (ref: string): EditionCitation => ({
  source: 'wt2018-transitional',
  ref,
  url: SOURCE_URLS.workingTogether,
});
const childrenAct2004 = (section: string): EditionCitation => ({
  source: 'ca2004',
  ref: section,
  url: SOURCE_URLS.childrenAct2004,
});
const regulations2018 = (ref: string): EditionCitation => ({
  source: 'si2018-789',
  ref,
  url: SOURCE_URLS.regulations2018,
});
const childDeathGuidance = (ref: string): EditionCitation => ({
  source: 'cdrg2018',
  ref,
  url: SOURCE_URLS.childDeathReview,
});

// A serious child safeguarding case: abuse or neglect known or suspected, and the child died or
// was seriously harmed (ca2004 s16C; wt2018 ch4; wt2023 ch5).
const seriousHarmOrDeath: DutyCondition = { fact: 'incident.harm', in: ['death', 'serious-harm'] };
const abuseOrNeglectKnownOrSuspected: DutyCondition = {
  fact: 'incident.abuseOrNeglect',
  in: ['known', 'suspected'],
};
const seriousCase: DutyCondition = { all: [seriousHarmOrDeath, abuseOrNeglectKnownOrSuspected] };

// The local authority notifies where the incident happened in its area, or outside England for a
// child normally resident in its area (ca2004 s16C(1)).
const notifiableByThisAuthority: DutyCondition = {
  all: [
    seriousHarmOrDeath,
    abuseOrNeglectKnownOrSuspected,
    {
      any: [
        { fact: 'incident.location', in: ['in-area'] },
        {
          all: [
            { fact: 'incident.location', in: ['outside-england'] },
            { fact: 'child.normallyResidentInArea', in: [true] },
          ],
        },
      ],
    },
  ],
};
const childDied: DutyCondition = { fact: 'incident.harm', in: ['death'] };
const lookedAfter: DutyCondition = { fact: 'child.lookedAfter', in: [true] };
const safeguardingPartnersRegime: DutyCondition = {
  fact: 'arrangements.regime',
  in: ['safeguarding-partners'],
};
const lscbRegime: DutyCondition = { fact: 'arrangements.regime', in: ['lscb'] };
const conferenceNeeded: DutyCondition = {
  any: [{ fact: 'childProtection.conferenceNeeded', in: [true] }, { event: 'initialConference' }],
};
const planMade: DutyCondition = {
  any: [
    { fact: 'childProtection.planMade', in: [true] },
    { event: 'coreGroupFirstMet' },
    { event: 'reviewConference' },
  ],
};

// Child death review covers children: deaths at 18 or over are out of scope (ca2004 s16M).
const underEighteen: DutyCondition = { fact: 'child.ageYears', lt: 18, whenMissing: 'true' };

const ALL_EDITIONS: Edition[] = ['wt2013', 'wt2015', 'wt2018', 'wt2023'];

// For individual cases the catalogue cites Working Together 2018 chapter 1 for every edition up to 2018.
const wt2018ChapterOneForEarlierEditions: EditionCitation = {
  ...workingTogether('wt2018', 'chapter 1'),
  editions: ['wt2013', 'wt2015', 'wt2018'],
};
const MEDIUM_CAVEAT =
  'The national paragraph for this was not re-read; sources agree, but check your local procedures.';

export const DUTIES = [
  // ── Serious child safeguarding incidents ─────────────────────────────────────────────────────
  {
    id: 'si-notify-panel',
    title: 'Notify the Child Safeguarding Practice Review Panel',
    action:
      'Notify the incident to the Child Safeguarding Practice Review Panel through the Child Safeguarding Incident Notification System (one notification per incident, up to four children); the system shares it with DfE and Ofsted.',
    process: 'serious-incident',
    editions: ['wt2018', 'wt2023'],
    window: {
      event: 'laBecameAware',
      from: '2018-06-29',
      reason: 'The statutory duty to notify the Panel (Children Act 2004 s16C) began on 29 June 2018.',
    },
    actor: 'local-authority',
    recipients: ['child-safeguarding-practice-review-panel'],
    strength: 'must',
    appliesWhen: notifiableByThisAuthority,
    deadline: { kind: 'after', amount: 5, unit: 'working-days', from: ['laBecameAware'] },
    done: { event: 'panelNotified' },
    confidence: 'high',
    citations: [
      childrenAct2004('s16C(1)'),
      workingTogether('wt2018', 'chapter 4'),
      workingTogether('wt2023', 'chapter 5'),
      {
        source: 'gov.uk',
        ref: 'Report a serious child safeguarding incident',
        url: SOURCE_URLS.reportIncident,
      },
    ],
  },
  {
    id: 'si-notify-partners',
    title: 'Tell the safeguarding partners about the incident',
    action:
      'Report the incident to the safeguarding partners for the area, and to those of other areas involved (for example where the child is placed).',
    process: 'serious-incident',
    editions: ['wt2018', 'wt2023'],
    actor: 'local-authority',
    recipients: ['safeguarding-partners'],
    strength: 'should',
    appliesWhen: notifiableByThisAuthority,
    deadline: { kind: 'after', amount: 5, unit: 'working-days', from: ['laBecameAware'] },
    done: { event: 'partnersNotified' },
    confidence: 'high',
    citations: [workingTogether('wt2018', 'chapter 4'), workingTogether('wt2023', 'chapter 5')],
  },
  {
    id: 'si-notify-lac-death',
    title: 'Notify the death of a looked-after child',
    action:
      'Notify the Secretary of State (DfE) and Ofsted of the death of a looked-after child, whatever the cause, through the same notification system.',
    process: 'serious-incident',
    editions: ['wt2018', 'wt2023'],
    window: {
      event: 'laBecameAware',
      from: '2018-06-29',
      reason: 'Looked-after deaths have gone through the national notification system since 29 June 2018.',
    },
    actor: 'local-authority',
    recipients: ['secretary-of-state', 'ofsted'],
    strength: 'must',
    appliesWhen: { all: [childDied, lookedAfter] },
    deadline: { kind: 'after', amount: 5, unit: 'working-days', from: ['laBecameAware'] },
    done: { event: 'secretaryOfStateNotified' },
    confidence: 'high',
    citations: [
      { source: 'ca1989', ref: 'Schedule 2 paragraph 20', url: SOURCE_URLS.childrenAct1989 },
      workingTogether('wt2018', 'chapter 4'),
      workingTogether('wt2023', 'chapter 5'),
    ],
  },
  {
    id: 'si-notify-care-leaver-death',
    title: 'Notify the death of a care leaver under 25',
    action:
      'Notify the Secretary of State and Ofsted of the death of a care leaver aged under 25. This is not mandatory, and it does not need a rapid review on that basis alone.',
    process: 'serious-incident',
    editions: ['wt2023'],
    actor: 'local-authority',
    recipients: ['secretary-of-state', 'ofsted'],
    strength: 'should',
    appliesWhen: {
      all: [
        childDied,
        { fact: 'child.careLeaver', in: [true], whenMissing: 'false' },
        { fact: 'child.ageYears', lt: 25 },
      ],
    },
    deadline: { kind: 'after', amount: 5, unit: 'working-days', from: ['laBecameAware'] },
    done: { event: 'secretaryOfStateNotified' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [workingTogether('wt2023', 'chapter 5')],
  },
  {
    id: 'si-notify-ofsted-lscb',
    title: 'Notify Ofsted and the LSCB of a notifiable incident',
    action: 'Notify Ofsted and the Local Safeguarding Children Board of the notifiable incident.',
    process: 'serious-incident',
    editions: ['wt2013', 'wt2015'],
    window: {
      event: 'laBecameAware',
      until: '2018-06-28',
      reason:
        'From 29 June 2018 incidents are notified to the Child Safeguarding Practice Review Panel instead.',
    },
    actor: 'local-authority',
    recipients: ['ofsted', 'lscb'],
    strength: 'should',
    appliesWhen: { any: [seriousCase, { all: [childDied, lookedAfter] }] },
    deadline: { kind: 'after', amount: 5, unit: 'working-days', from: ['laBecameAware'] },
    done: { event: 'ofstedNotified' },
    confidence: { byEdition: { wt2013: 'low', wt2015: 'high' } },
    caveat: {
      byEdition: {
        wt2013:
          'The 5 working day timescale is stated in Working Together 2015; for 2013 it rests on recollection. Check your local procedures.',
      },
    },
    citations: [workingTogether('wt2015', 'chapter 4'), workingTogether('wt2013', 'chapter 4')],
  },
  {
    id: 'rr-complete',
    title: 'Carry out a rapid review',
    action:
      'Carry out a rapid review: establish the facts, decide on immediate action to keep children safe, consider what can be learned, and decide whether a local child safeguarding practice review is appropriate.',
    process: 'serious-incident',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: [],
    strength: 'should',
    appliesWhen: notifiableByThisAuthority,
    deadline: {
      byEdition: {
        wt2018: { kind: 'after', amount: 15, unit: 'working-days', from: ['laBecameAware'] },
        wt2023: { kind: 'after', amount: 15, unit: 'working-days', from: ['panelNotified'] },
      },
    },
    done: { event: 'rapidReviewCompleted' },
    confidence: { byEdition: { wt2018: 'high', wt2023: 'medium' } },
    caveat: {
      byEdition: {
        wt2023:
          'The 15 working days are certain; that under Working Together 2023 they run from the notification (not from awareness) is from secondary sources. Check your local procedures.',
      },
    },
    citations: [workingTogether('wt2018', 'chapter 4'), workingTogether('wt2023', 'chapter 5')],
  },
  {
    id: 'rr-send-to-panel',
    title: 'Send the rapid review to the Panel',
    action:
      'Send the rapid review to the Panel as soon as it is complete, with the decision on a local review and any view that a national review may be appropriate.',
    process: 'serious-incident',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: ['child-safeguarding-practice-review-panel'],
    strength: 'should',
    appliesWhen: notifiableByThisAuthority,
    deadline: { kind: 'same-as', duty: 'rr-complete' },
    done: { event: 'rapidReviewSentToPanel' },
    confidence: 'high',
    citations: [workingTogether('wt2018', 'chapter 4'), workingTogether('wt2023', 'chapter 5')],
  },

  // ── Practice reviews ─────────────────────────────────────────────────────────────────────────
  {
    id: 'lcspr-publish',
    title: 'Complete and publish the local practice review',
    action:
      'Complete the local child safeguarding practice review and publish the final report (or, where publishing it would be inappropriate, the information about improvements).',
    process: 'practice-review',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: ['public'],
    strength: 'should',
    appliesWhen: { fact: 'review.kind', in: ['lcspr'] },
    deadline: { kind: 'after', amount: 6, unit: 'months', from: ['reviewInitiated'] },
    done: { event: 'reportPublished' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [
      workingTogether('wt2018', 'chapter 4'),
      workingTogether('wt2023', 'chapter 5'),
      regulations2018('Part 3 (publication)'),
    ],
  },
  {
    id: 'lcspr-send-before-publication',
    title: 'Send the review report before publishing',
    action:
      'Send the full report (or the information about improvements) to the Panel and the Secretary of State before publishing it.',
    process: 'practice-review',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: {
      byEdition: {
        wt2018: ['child-safeguarding-practice-review-panel', 'secretary-of-state', 'ofsted'],
        wt2023: ['child-safeguarding-practice-review-panel', 'secretary-of-state'],
      },
    },
    strength: 'should',
    appliesWhen: { fact: 'review.kind', in: ['lcspr'] },
    deadline: {
      kind: 'before',
      amount: 7,
      unit: 'working-days',
      from: ['publicationPlanned', 'reportPublished'],
    },
    done: { event: 'reportSentToPanel' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [workingTogether('wt2018', 'chapter 4'), workingTogether('wt2023', 'chapter 5')],
  },
  {
    id: 'lcspr-keep-published',
    title: 'Keep the published review available',
    action: 'Keep the published report available to the public.',
    process: 'practice-review',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: ['public'],
    strength: 'should',
    appliesWhen: { all: [{ fact: 'review.kind', in: ['lcspr'] }, { event: 'reportPublished' }] },
    deadline: { kind: 'ongoing', until: { amount: 12, unit: 'months', from: ['reportPublished'] } },
    confidence: 'low',
    caveat: 'The 12 months come from recollection and local practice varies. Check your local procedures.',
    citations: [{ ...workingTogether('wt2018', 'chapter 4'), editions: ['wt2018', 'wt2023'] }],
  },
  {
    id: 'scr-complete',
    title: 'Complete and publish the serious case review',
    action: 'Complete the serious case review and publish the report.',
    process: 'practice-review',
    editions: ['wt2013', 'wt2015'],
    actor: 'lscb',
    recipients: ['public'],
    strength: 'should',
    appliesWhen: { fact: 'review.kind', in: ['scr'] },
    deadline: { kind: 'after', amount: 6, unit: 'months', from: ['reviewInitiated'] },
    done: { event: 'reportPublished' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [workingTogether('wt2015', 'chapter 4'), workingTogether('wt2013', 'chapter 4')],
  },
  {
    id: 'scr-send-before-publication',
    title: 'Send the serious case review before publishing',
    action:
      'Send the final report to Ofsted, DfE and the national panel of independent experts before publishing it.',
    process: 'practice-review',
    editions: ['wt2013', 'wt2015'],
    actor: 'lscb',
    recipients: ['ofsted', 'dfe', 'national-panel-of-independent-experts'],
    strength: 'should',
    appliesWhen: { fact: 'review.kind', in: ['scr'] },
    deadline: { kind: 'before', amount: 7, unit: 'days', from: ['publicationPlanned', 'reportPublished'] },
    done: { event: 'reportSentToPanel' },
    confidence: 'low',
    caveat: 'The 7 days before publication rest on recollection. Check your local procedures.',
    citations: [{ ...workingTogether('wt2015', 'chapter 4'), editions: ['wt2013', 'wt2015'] }],
  },
  {
    id: 'scr-transition-complete',
    title: 'Finish an outstanding serious case review',
    action:
      'Finish and publish a serious case review still outstanding when the safeguarding partner arrangements began.',
    process: 'practice-review',
    editions: ['wt2018'],
    window: {
      event: 'partnerArrangementsStarted',
      from: '2018-06-29',
      until: '2019-09-29',
      reason:
        'Applies to serious case reviews outstanding when an area moved to safeguarding partner arrangements (29 June 2018 to 29 September 2019).',
    },
    actor: 'lscb',
    recipients: ['public'],
    strength: 'should',
    appliesWhen: { fact: 'review.kind', in: ['scr'] },
    deadline: { kind: 'after', amount: 12, unit: 'months', from: ['partnerArrangementsStarted'] },
    done: { event: 'reportPublished' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [transitionalGuidance('serious case reviews')],
  },

  // ── Child death reviews ──────────────────────────────────────────────────────────────────────
  {
    id: 'cdr-notify-cdop',
    title: 'Notify the child death overview panel',
    action:
      'Notify the death to the child death overview panel of the area where the child normally lived, on the notification form via the National Child Mortality Database.',
    process: 'child-death',
    editions: ['wt2018', 'wt2023'],
    actor: 'notifying-professional',
    recipients: ['cdop'],
    strength: 'should',
    appliesWhen: { all: [{ event: 'childDied' }, underEighteen] },
    deadline: { kind: 'after', amount: 48, unit: 'hours', from: ['childDied'] },
    done: { event: 'cdopNotified' },
    confidence: 'low',
    caveat: 'Local procedures often say 24 hours rather than 48. Check your local procedures.',
    citations: [childDeathGuidance('chapter 2')],
  },
  {
    id: 'cdr-joint-agency-response',
    title: 'Start a joint agency response',
    action:
      'Start a joint agency response (designated health professional, police and children’s social care) straight away.',
    process: 'child-death',
    editions: ['wt2018', 'wt2023'],
    actor: 'joint-agency-response-team',
    recipients: [],
    strength: 'should',
    appliesWhen: {
      all: [{ event: 'childDied' }, underEighteen, { fact: 'death.jarCriteriaMet', in: [true] }],
    },
    deadline: { kind: 'after', amount: 0, unit: 'days', from: ['childDied'] },
    done: { event: 'jarStarted' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [childDeathGuidance('chapter 3')],
  },
  {
    id: 'cdr-review',
    title: 'Review the child’s death',
    action:
      'Review the death: a child death review meeting, then the child death overview panel, with data to the National Child Mortality Database.',
    process: 'child-death',
    editions: ['wt2018', 'wt2023'],
    actor: 'child-death-review-partners',
    recipients: [],
    strength: 'must',
    appliesWhen: {
      all: [{ event: 'childDied' }, underEighteen, { fact: 'child.normallyResidentInArea', in: [true] }],
    },
    deadline: { kind: 'ongoing' },
    confidence: 'high',
    citations: [
      childrenAct2004('s16M'),
      workingTogether('wt2018', 'chapter 5'),
      workingTogether('wt2023', 'chapter 6'),
    ],
  },
  {
    id: 'cdr-lscb-review',
    title: 'Review the child’s death (LSCB child death overview panel)',
    action:
      'Review the death of every child normally resident in the area through the LSCB’s child death overview panel.',
    process: 'child-death',
    editions: ['wt2013', 'wt2015'],
    actor: 'lscb',
    recipients: [],
    strength: 'must',
    appliesWhen: { all: [{ event: 'childDied' }, underEighteen] },
    deadline: { kind: 'ongoing' },
    confidence: 'high',
    citations: [workingTogether('wt2013', 'chapter 5'), workingTogether('wt2015', 'chapter 5')],
  },

  // ── Multi-agency arrangements ────────────────────────────────────────────────────────────────
  {
    id: 'ma-publish-arrangements-2019',
    title: 'Publish the safeguarding partner arrangements',
    action: 'Agree and publish the area’s safeguarding partner arrangements.',
    process: 'arrangements',
    editions: ['wt2018'],
    actor: 'safeguarding-partners',
    recipients: ['public'],
    strength: 'must',
    appliesWhen: {
      any: [
        { fact: 'arrangements.regime', in: ['lscb'], whenMissing: 'false' },
        { not: { event: 'arrangementsPublished', before: '2019-06-29' } },
      ],
    },
    deadline: { kind: 'fixed', date: '2019-06-29' },
    done: { event: 'arrangementsPublished' },
    confidence: 'high',
    citations: [transitionalGuidance('publication of arrangements'), childrenAct2004('s16G')],
  },
  {
    id: 'ma-implement-arrangements-2019',
    title: 'Put the published arrangements into effect',
    action: 'Put the published safeguarding partner arrangements into effect.',
    process: 'arrangements',
    editions: ['wt2018'],
    actor: 'safeguarding-partners',
    recipients: [],
    strength: 'must',
    appliesWhen: { event: 'arrangementsPublished' },
    deadline: {
      kind: 'after',
      amount: 3,
      unit: 'months',
      from: ['arrangementsPublished'],
      noLaterThan: '2019-09-29',
    },
    done: { event: 'arrangementsImplemented' },
    confidence: 'high',
    citations: [transitionalGuidance('implementation of arrangements')],
  },
  {
    id: 'ma-publish-arrangements-2023',
    title: 'Publish revised arrangements',
    action:
      'Publish revised arrangements, signed off by the lead safeguarding partners, naming the lead and delegated safeguarding partners and the partnership chair, with education’s role and the shared budget.',
    process: 'arrangements',
    editions: ['wt2023'],
    actor: 'safeguarding-partners',
    recipients: ['public'],
    strength: 'should',
    appliesWhen: safeguardingPartnersRegime,
    deadline: { kind: 'fixed', date: '2024-12-31' },
    done: { event: 'arrangementsPublished', onOrAfter: '2023-12-15' },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [workingTogether('wt2023', 'chapter 2')],
  },
  {
    id: 'ma-yearly-report',
    title: 'Publish the yearly report',
    action:
      'Publish a report on what was done under the arrangements, including practice reviews, and how effective the arrangements were.',
    process: 'arrangements',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: ['public'],
    strength: 'must',
    appliesWhen: safeguardingPartnersRegime,
    deadline: {
      kind: 'after',
      amount: 12,
      unit: 'months',
      from: ['yearlyReportPublished', 'arrangementsImplemented'],
    },
    confidence: 'high',
    citations: [
      childrenAct2004('s16G'),
      workingTogether('wt2018', 'chapter 3'),
      workingTogether('wt2023', 'chapter 2'),
    ],
  },
  {
    id: 'ma-send-yearly-report',
    title: 'Send a copy of the yearly report',
    action:
      'Send a copy of the yearly report to the Panel and to the What Works Centre for Children’s Social Care (2018) or Foundations (2023).',
    process: 'arrangements',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: {
      byEdition: {
        wt2018: ['child-safeguarding-practice-review-panel', 'what-works-centre-for-childrens-social-care'],
        wt2023: ['child-safeguarding-practice-review-panel', 'foundations'],
      },
    },
    strength: 'should',
    appliesWhen: { event: 'yearlyReportPublished' },
    deadline: { kind: 'after', amount: 7, unit: 'days', from: ['yearlyReportPublished'] },
    done: { event: 'yearlyReportSent' },
    confidence: { byEdition: { wt2018: 'medium', wt2023: 'low' } },
    caveat: {
      byEdition: {
        wt2018: MEDIUM_CAVEAT,
        wt2023:
          'The 7 days are from secondary sources and the recipients under Working Together 2023 are not confirmed. Check your local procedures.',
      },
    },
    citations: [workingTogether('wt2018', 'chapter 3'), workingTogether('wt2023', 'chapter 2')],
  },
  {
    id: 'ma-independent-scrutiny',
    title: 'Arrange independent scrutiny',
    action:
      'Arrange independent scrutiny of how well the arrangements work, as described in the published arrangements.',
    process: 'arrangements',
    editions: ['wt2018', 'wt2023'],
    actor: 'safeguarding-partners',
    recipients: [],
    strength: 'must',
    appliesWhen: safeguardingPartnersRegime,
    deadline: { kind: 'ongoing' },
    confidence: 'high',
    citations: [workingTogether('wt2018', 'chapter 3'), workingTogether('wt2023', 'chapter 2')],
  },
  {
    id: 'ma-threshold-document',
    title: 'Publish a threshold document',
    action: 'Publish a threshold document setting out the local criteria for action.',
    process: 'arrangements',
    editions: ALL_EDITIONS,
    actor: {
      byEdition: {
        wt2013: 'lscb',
        wt2015: 'lscb',
        wt2018: 'safeguarding-partners',
        wt2023: 'safeguarding-partners',
      },
    },
    recipients: ['public'],
    strength: 'should',
    appliesWhen: { always: true },
    deadline: { kind: 'ongoing' },
    confidence: 'high',
    citations: [
      { ...workingTogether('wt2013', 'chapter 1'), editions: ['wt2013', 'wt2015'] },
      workingTogether('wt2018', 'chapter 1'),
      workingTogether('wt2023', 'chapter 3'),
    ],
  },
  {
    id: 'lscb-annual-report',
    title: 'Publish the LSCB annual report',
    action:
      'Publish an annual report on the effectiveness of local safeguarding and send it to the local authority chief executive, the council leader, the police and crime commissioner and the health and wellbeing board chair.',
    process: 'arrangements',
    editions: ['wt2013', 'wt2015'],
    actor: 'lscb-chair',
    recipients: [
      'local-authority-chief-executive',
      'council-leader',
      'police-and-crime-commissioner',
      'health-and-wellbeing-board-chair',
      'public',
    ],
    strength: 'must',
    appliesWhen: lscbRegime,
    deadline: { kind: 'after', amount: 12, unit: 'months', from: ['yearlyReportPublished'] },
    confidence: 'medium',
    caveat: MEDIUM_CAVEAT,
    citations: [childrenAct2004('s14A'), workingTogether('wt2015', 'chapter 3')],
  },

  // ── Individual cases ─────────────────────────────────────────────────────────────────────────
  {
    id: 'cp-referral-decision',
    title: 'Decide on the referral',
    action: 'Acknowledge the referral to the referrer and decide the type of response needed.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'local-authority-social-worker',
    recipients: ['referrer'],
    strength: 'should',
    appliesWhen: { event: 'referralReceived' },
    deadline: { kind: 'after', amount: 1, unit: 'working-days', from: ['referralReceived'] },
    done: { event: 'referralDecided' },
    confidence: 'high',
    citations: [wt2018ChapterOneForEarlierEditions, workingTogether('wt2023', 'chapter 3')],
  },
  {
    id: 'cp-assessment',
    title: 'Complete the assessment',
    action: 'Complete the assessment of the child’s needs.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'local-authority-social-worker',
    recipients: [],
    strength: 'should',
    appliesWhen: { event: 'referralReceived' },
    deadline: { kind: 'after', amount: 45, unit: 'working-days', from: ['referralReceived'] },
    done: { event: 'assessmentCompleted' },
    confidence: 'high',
    citations: [
      { ...workingTogether('wt2013', 'chapter 1'), editions: ['wt2013', 'wt2015'] },
      workingTogether('wt2018', 'chapter 1'),
      workingTogether('wt2023', 'chapter 3'),
    ],
  },
  {
    id: 'cp-initial-conference',
    title: 'Hold the initial child protection conference',
    action: 'Hold the initial child protection conference.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'local-authority',
    recipients: [],
    strength: 'should',
    appliesWhen: conferenceNeeded,
    deadline: { kind: 'after', amount: 15, unit: 'working-days', from: ['strategyDiscussion'] },
    done: { event: 'initialConference' },
    confidence: 'high',
    citations: [wt2018ChapterOneForEarlierEditions, workingTogether('wt2023', 'chapter 3')],
  },
  {
    id: 'cp-core-group',
    title: 'Hold the first core group meeting',
    action:
      'Hold the first core group meeting and turn the outline child protection plan into a detailed plan.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'lead-social-worker',
    recipients: ['core-group'],
    strength: 'should',
    appliesWhen: planMade,
    deadline: { kind: 'after', amount: 10, unit: 'working-days', from: ['initialConference'] },
    done: { event: 'coreGroupFirstMet' },
    confidence: 'high',
    citations: [wt2018ChapterOneForEarlierEditions, workingTogether('wt2023', 'chapter 3')],
  },
  {
    id: 'cp-first-review-conference',
    title: 'Hold the first review conference',
    action: 'Hold the first review child protection conference.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'local-authority',
    recipients: [],
    strength: 'should',
    appliesWhen: planMade,
    deadline: { kind: 'after', amount: 3, unit: 'months', from: ['initialConference'] },
    done: { event: 'reviewConference' },
    confidence: 'high',
    citations: [wt2018ChapterOneForEarlierEditions, workingTogether('wt2023', 'chapter 3')],
  },
  {
    id: 'cp-next-review-conference',
    title: 'Hold the next review conference',
    action: 'Hold the next review child protection conference while the plan lasts.',
    process: 'child-protection',
    editions: ALL_EDITIONS,
    actor: 'local-authority',
    recipients: [],
    strength: 'should',
    appliesWhen: { all: [planMade, { event: 'reviewConference' }] },
    deadline: { kind: 'after', amount: 6, unit: 'months', from: ['reviewConference'] },
    confidence: 'high',
    citations: [wt2018ChapterOneForEarlierEditions, workingTogether('wt2023', 'chapter 3')],
  },
  {
    id: 'lado-inform',
    title: 'Inform the LADO of the allegation',
    action:
      'Report to the local authority designated officer (LADO) an allegation that someone who works with children has harmed a child, may have committed an offence against or related to a child, or has behaved in a way that suggests they may be unsuitable to work with children.',
    process: 'allegation',
    editions: ALL_EDITIONS,
    actor: 'employer',
    recipients: ['lado'],
    strength: 'should',
    appliesWhen: { event: 'allegationReceived' },
    deadline: { kind: 'after', amount: 1, unit: 'working-days', from: ['allegationReceived'] },
    done: { event: 'ladoInformed' },
    confidence: 'high',
    citations: [
      { ...workingTogether('wt2013', 'chapter 2'), editions: ['wt2013', 'wt2015'] },
      { ...workingTogether('wt2018', 'chapter 2'), editions: ['wt2018', 'wt2023'] },
      { source: 'kcsie', ref: 'part four', url: SOURCE_URLS.keepingChildrenSafe },
    ],
  },
] as const satisfies readonly unknown[];
