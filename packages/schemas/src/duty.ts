import * as z from 'zod';
import { Citation } from './common/citation.ts';
import { describedEnum } from './common/described-enum.ts';
import { Edition } from './common/edition.ts';
import { IsoDate } from './common/iso-date.ts';
import { EventName } from './event-name.ts';
import { Confidence, DutyStrength } from './next-actions.ts';

/** A value that may differ between editions, keyed by edition (as OpenFisca keys parameters by date). */
function versioned<T extends z.ZodType>(value: T) {
  return z.union([
    value,
    z
      .strictObject({
        byEdition: z.partialRecord(Edition, value).meta({
          description: 'The value for each edition in which the duty applies, keyed by edition id.',
        }),
      })
      .meta({ description: 'A value that differs between editions.' }),
  ]);
}

export type Versioned<T> = T | { byEdition: Partial<Record<Edition, T>> };

export const FactPath = describedEnum(
  {
    'incident.harm': 'What happened to the child.',
    'incident.abuseOrNeglect': 'Whether abuse or neglect is known or suspected.',
    'incident.location': 'Where the incident happened.',
    'child.ageYears': 'Age of the child or young person.',
    'child.lookedAfter': 'Looked after by a local authority.',
    'child.careLeaver': 'A care leaver.',
    'child.normallyResidentInArea': 'Normally resident in the area.',
    'death.expected': 'The death was expected.',
    'death.jarCriteriaMet': 'The joint agency response criteria are met.',
    'review.kind': 'Kind of review.',
    'childProtection.conferenceNeeded': 'A child protection conference is needed.',
    'childProtection.planMade': 'A child protection plan was made.',
    'arrangements.regime': 'Who runs the local arrangements.',
  },
  'Path of a case fact a condition can test.',
);

export type FactPath = (typeof FactPath.options)[number];

const FactValue = z.union([z.string(), z.boolean(), z.number()]);

const FactTest = z
  .strictObject({
    fact: FactPath,
    in: z
      .array(FactValue)
      .min(1)
      .optional()
      .meta({ description: 'True when the fact is one of these values.' }),
    lt: z.number().optional().meta({ description: 'True when the fact is a number below this.' }),
    whenMissing: describedEnum(
      {
        ask: 'A missing fact becomes a question (the default).',
        false: 'A missing fact counts as not met.',
        true: 'A missing fact counts as met.',
      },
      'What a missing fact means for this test.',
    ).optional(),
  })
  .refine((test) => (test.in === undefined) !== (test.lt === undefined), {
    error: 'a fact test needs exactly one of in or lt',
  });

export type DutyCondition =
  | { all: DutyCondition[] }
  | { any: DutyCondition[] }
  | { not: DutyCondition }
  | z.infer<typeof FactTest>
  | { event: EventName; before?: string }
  | { always: true };

export const DutyCondition: z.ZodType<DutyCondition> = z
  .union([
    z.strictObject({
      all: z
        .array(z.lazy(() => DutyCondition))
        .min(1)
        .meta({ description: 'Met when every one of these conditions is met.' }),
    }),
    z.strictObject({
      any: z
        .array(z.lazy(() => DutyCondition))
        .min(1)
        .meta({ description: 'Met when at least one of these conditions is met.' }),
    }),
    z.strictObject({ not: z.lazy(() => DutyCondition) }),
    FactTest,
    z
      .strictObject({
        event: EventName,
        before: IsoDate.optional().meta({ description: 'Only an event dated before this day counts.' }),
      })
      .meta({ description: 'True when the event has happened (before the given day, if any).' }),
    z.strictObject({ always: z.literal(true).meta({ description: 'Always met.' }) }),
  ])
  .meta({ id: 'duty-condition', description: 'When a duty applies: a condition over the case facts.' });

export const DeadlineUnit = describedEnum(
  {
    'working-days': 'Monday to Friday, not an England and Wales bank holiday; the start day is day 0.',
    days: 'Calendar days.',
    hours: 'Hours, rounded up to whole days.',
    months: 'Calendar months, clamped to the end of a shorter month.',
  },
  'Unit of a deadline.',
);

const Amount = z.number().int().min(0).meta({ description: 'How many units.' });
const FromEvents = z
  .array(EventName)
  .min(1)
  .meta({ description: 'The event the clock runs from; if several, the first that has happened.' });

export const Deadline = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('after').meta({ description: 'Due a number of units after an event.' }),
      amount: Amount,
      unit: DeadlineUnit,
      from: FromEvents,
      noLaterThan: IsoDate.optional().meta({ description: 'A fixed last date that caps the deadline.' }),
    }),
    z.strictObject({
      kind: z
        .literal('before')
        .meta({ description: 'Due a number of units before an event (counting back).' }),
      amount: Amount,
      unit: DeadlineUnit,
      from: FromEvents,
    }),
    z.strictObject({
      kind: z.literal('fixed').meta({ description: 'Due on a fixed date.' }),
      date: IsoDate.meta({ description: 'The fixed due date.' }),
    }),
    z.strictObject({
      kind: z.literal('same-as').meta({ description: 'Due on the same date as another duty.' }),
      duty: z.string().min(1).meta({ description: 'Id of the duty whose due date this one shares.' }),
    }),
    z.strictObject({
      kind: z.literal('ongoing').meta({ description: 'A standing duty with no single deadline.' }),
      until: z
        .strictObject({ amount: Amount, unit: DeadlineUnit, from: FromEvents })
        .optional()
        .meta({ description: 'When the standing duty ends, if it does.' }),
    }),
  ])
  .meta({ id: 'duty-deadline', description: 'When the duty falls due.' });

export type Deadline = z.infer<typeof Deadline>;

export const DutyProcess = describedEnum(
  {
    'serious-incident': 'Serious child safeguarding incidents and rapid reviews.',
    'practice-review': 'Child safeguarding practice reviews and serious case reviews.',
    'child-death': 'Child death reviews.',
    arrangements: 'Multi-agency safeguarding arrangements.',
    'child-protection': 'Individual child protection cases.',
    allegation: 'Allegations against people who work with children.',
  },
  'The process a duty belongs to.',
);

export const Duty = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' })
      .meta({ description: 'Stable public id.' }),
    title: z.string().min(1).meta({ description: 'What must be done, in a few words.' }),
    action: z.string().min(1).meta({ description: 'The action in a sentence.' }),
    process: DutyProcess,
    editions: z
      .array(Edition)
      .min(1)
      .meta({ description: 'Editions of Working Together in which the duty applies.' }),
    window: z
      .strictObject({
        event: EventName,
        from: IsoDate.optional().meta({ description: 'First day of the window.' }),
        until: IsoDate.optional().meta({ description: 'Last day of the window.' }),
        reason: z.string().min(1).meta({ description: 'Why the duty has its own window, in words.' }),
      })
      .optional()
      .meta({
        description:
          'When the edition is chosen by date and this event has a date, the duty applies if and only if the date lies in this window (used where a statute started on a different day from the guidance).',
      }),
    actor: versioned(z.string().min(1)).meta({ description: 'Who must act.' }),
    recipients: versioned(z.array(z.string().min(1))).meta({ description: 'Who the action goes to.' }),
    strength: versioned(DutyStrength).meta({ description: 'How binding the duty is.' }),
    appliesWhen: DutyCondition,
    deadline: versioned(Deadline).meta({ description: 'When the duty falls due.' }),
    done: z
      .strictObject({
        event: EventName,
        onOrAfter: IsoDate.optional().meta({
          description: 'Only an event on or after this date discharges the duty.',
        }),
      })
      .optional()
      .meta({ description: 'The event that discharges the duty.' }),
    confidence: versioned(Confidence).meta({
      description: 'How sure the catalogue is of the duty and its timescale.',
    }),
    caveat: versioned(z.string().min(1))
      .optional()
      .meta({ description: 'What is uncertain, shown with any confidence below high.' }),
    citations: z
      .array(
        Citation.extend({
          editions: z
            .array(Edition)
            .optional()
            .meta({ description: 'Show this citation only for these editions.' }),
        }),
      )
      .min(1, { error: 'needs at least one citation' })
      .meta({ description: 'Where the duty comes from: at least one citation for each edition.' }),
  })
  .meta({
    id: 'duty',
    title: 'Duty',
    description: 'One duty of the catalogue, with its conditions, deadline and citations.',
  });

export type Duty = z.infer<typeof Duty>;
