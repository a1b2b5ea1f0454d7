import * as z from 'zod';
import { describedEnum } from './common/described-enum.ts';
import { Edition } from './common/edition.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { EventName } from './event-name.ts';

const eventDescriptions = EventName.meta()?.['x-enum-descriptions'] as Record<EventName, string>;

/** Every event is optional; an unknown event name is an error, so a typo never silently drops a date. */
export const CaseEvents = z
  .strictObject(
    Object.fromEntries(
      EventName.options.map((name) => [
        name,
        IsoDate.optional().meta({ description: eventDescriptions[name] }),
      ]),
    ) as { [Name in EventName]: z.ZodOptional<typeof IsoDate> },
  )
  .meta({
    description:
      'Dates of the case events that have happened (or, for publicationPlanned, are planned), YYYY-MM-DD.',
  });

export type CaseEvents = z.infer<typeof CaseEvents>;

/**
 * Pairs of events where the second cannot happen before the first. A date that breaks one is a
 * mistake in the facts, and answering from it would give a wrong deadline.
 */
export const EVENT_ORDER: ReadonlyArray<readonly [earlier: EventName, later: EventName]> = [
  ['incidentOccurred', 'laBecameAware'],
  ['childDied', 'laBecameAware'],
  ['laBecameAware', 'panelNotified'],
  ['laBecameAware', 'partnersNotified'],
  ['laBecameAware', 'ofstedNotified'],
  ['laBecameAware', 'secretaryOfStateNotified'],
  ['laBecameAware', 'rapidReviewCompleted'],
  ['rapidReviewCompleted', 'rapidReviewSentToPanel'],
  ['reviewInitiated', 'publicationPlanned'],
  ['reviewInitiated', 'reportSentToPanel'],
  ['reviewInitiated', 'reportPublished'],
  ['childDied', 'cdopNotified'],
  ['childDied', 'jarStarted'],
  ['referralReceived', 'referralDecided'],
  ['referralReceived', 'assessmentCompleted'],
  ['strategyDiscussion', 'initialConference'],
  ['initialConference', 'coreGroupFirstMet'],
  ['initialConference', 'reviewConference'],
  ['allegationReceived', 'ladoInformed'],
  ['arrangementsPublished', 'arrangementsImplemented'],
  ['yearlyReportPublished', 'yearlyReportSent'],
];

export const Harm = describedEnum(
  {
    death: 'The child died (a suspected suicide counts as a death).',
    'serious-harm':
      'The child was seriously harmed: serious or long-term impairment of physical or mental health or of development, even if the child recovers.',
    none: 'The child was neither killed nor seriously harmed.',
  },
  'What happened to the child.',
);

export const AbuseOrNeglect = describedEnum(
  {
    known: 'Abuse or neglect is known.',
    suspected: 'Abuse or neglect is suspected.',
    'not-suspected': 'Abuse or neglect is not suspected.',
    unknown: 'Not yet known whether abuse or neglect is known or suspected.',
  },
  'Whether abuse or neglect of the child is known or suspected.',
);

export const IncidentLocation = describedEnum(
  {
    'in-area': "In the local authority's area.",
    'outside-england': 'Outside England, for a child normally resident in the area.',
    'elsewhere-in-england': "In England but outside the local authority's area.",
  },
  'Where the incident happened.',
);

/** Review conferences come after the initial conference, in order, and the latest is events.reviewConference. */
function checkReviewConferences(
  facts: { childProtection?: { reviewConferences?: string[] | undefined } | undefined; events: CaseEvents },
  ctx: z.core.$RefinementCtx,
): void {
  const held = facts.childProtection?.reviewConferences;
  if (!held || held.some((date) => !IsoDate.safeParse(date).success)) return;
  const path = ['childProtection', 'reviewConferences'];
  held.forEach((date, index) => {
    const previous = held[index - 1];
    if (previous !== undefined && date <= previous) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `must be after the review conference before it (${previous}): list them in the order they were held`,
      });
    }
  });
  const initial = facts.events.initialConference;
  if (initial && IsoDate.safeParse(initial).success && held[0] !== undefined && held[0] < initial) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 0],
      message: `cannot be before initialConference (${initial})`,
    });
  }
  const latest = facts.events.reviewConference;
  if (latest && held.length > 0 && latest !== held.at(-1)) {
    ctx.addIssue({
      code: 'custom',
      path: ['events', 'reviewConference'],
      message: `must be the latest of childProtection.reviewConferences (${held.at(-1)})`,
    });
  }
}

export const CaseFacts = z
  .strictObject({
    edition: Edition.optional().meta({
      description:
        "Edition to apply to every process. Omitted: each process takes the edition in force on its own trigger date (a serious incident on laBecameAware, a death on childDied, a practice review on reviewInitiated, child protection on referralReceived, an allegation on allegationReceived), and the arrangements' standing duties the edition in force on the as-of date.",
    }),
    area: GssCode.optional(),
    child: z
      .strictObject({
        ageYears: z
          .number({ error: 'must be a number of whole years' })
          .int({ error: 'must be a whole number of years' })
          .min(0, { error: 'cannot be negative' })
          .max(120, { error: 'is not a plausible age' })
          .optional()
          .meta({ description: 'Age in whole years at the time of the incident or death.' }),
        lookedAfter: z
          .boolean()
          .optional()
          .meta({ description: 'Looked after by a local authority at the time.' }),
        careLeaver: z.boolean().optional().meta({ description: 'A care leaver at the time.' }),
        normallyResidentInArea: z
          .boolean()
          .optional()
          .meta({ description: "Normally resident in the local authority's area." }),
      })
      .optional()
      .meta({
        description:
          'Facts about the child. No names: the child is identified elsewhere by a local reference.',
      }),
    incident: z
      .strictObject({
        harm: Harm,
        abuseOrNeglect: AbuseOrNeglect,
        location: IncidentLocation.optional(),
      })
      .optional()
      .meta({ description: 'A serious incident, or a death, that may need notifying.' }),
    death: z
      .strictObject({
        expected: z.boolean().optional().meta({
          description: 'The death was expected (anticipated as a significant possibility 24 hours before).',
        }),
        jarCriteriaMet: z
          .boolean()
          .optional()
          .meta({ description: 'The joint agency response criteria are met.' }),
      })
      .optional()
      .meta({ description: 'Child death review facts.' }),
    review: z
      .strictObject({
        kind: describedEnum(
          {
            lcspr: 'Local child safeguarding practice review, commissioned by the safeguarding partners.',
            national: 'National child safeguarding practice review, commissioned by the Panel.',
            scr: 'Serious case review (LSCB era).',
          },
          'Kind of review.',
        ),
      })
      .optional()
      .meta({ description: 'A practice review or serious case review.' }),
    childProtection: z
      .strictObject({
        conferenceNeeded: z.boolean().optional().meta({
          description:
            'Section 47 concerns are substantiated and the child is likely to suffer significant harm, so a conference is needed.',
        }),
        planMade: z
          .boolean()
          .optional()
          .meta({ description: 'The initial conference made a child protection plan.' }),
        reviewConferences: z.array(IsoDate).optional().meta({
          description:
            'Every review child protection conference held, in order (YYYY-MM-DD). The first discharges the first review; the latest is also events.reviewConference.',
        }),
      })
      .optional()
      .meta({ description: 'Child protection facts.' }),
    arrangements: z
      .strictObject({
        regime: describedEnum(
          {
            lscb: 'A Local Safeguarding Children Board (before the 2018–19 transition).',
            'safeguarding-partners': 'Safeguarding partner arrangements (from the 2018–19 transition).',
          },
          'Who runs the local arrangements.',
        ).optional(),
      })
      .optional()
      .meta({ description: 'The local multi-agency arrangements.' }),
    events: CaseEvents,
  })
  .superRefine((facts, ctx) => {
    checkReviewConferences(facts, ctx);
    for (const [earlier, later] of EVENT_ORDER) {
      const earlierDate = facts.events[earlier];
      const laterDate = facts.events[later];
      // Only real dates are compared: a malformed one already has its own error.
      if (
        earlierDate &&
        laterDate &&
        laterDate < earlierDate &&
        IsoDate.safeParse(earlierDate).success &&
        IsoDate.safeParse(laterDate).success
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', later],
          message: `cannot be before ${earlier} (${later} ${laterDate} is before ${earlier} ${earlierDate})`,
        });
      }
    }
  })
  .meta({
    id: 'case-facts',
    title: 'Case facts',
    description:
      'What is known about a case: the input of the next-actions engine (contract v2). Event dates must be in a possible order, for example panelNotified cannot be before laBecameAware.',
  });

export type CaseFacts = z.infer<typeof CaseFacts>;
