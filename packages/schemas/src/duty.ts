import * as z from 'zod';
import { describedEnum } from './common/described-enum.ts';
import { Edition } from './common/edition.ts';
import { IsoDate } from './common/iso-date.ts';
import { LEGAL_AGES } from './common/legal-ages.ts';
import { EventName } from './event-name.ts';
import { Confidence, DutyStrength } from './next-actions.ts';

/**
 * One duty of the catalogue as a policy reviewer reads and writes it: a YAML file under
 * packages/rules/data/duties/<process>/<id>.yaml. Values that change between editions sit under
 * that edition (as OpenFisca keys parameters by date); each edition carries its own deadline,
 * confidence and citations.
 */

const KebabName = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' });

/** A date: written out (2019-06-29), or the name of a date in data/dates.yaml or of an edition (its first day). */
export const DateRef = z
  .union([IsoDate, KebabName])
  .meta({ description: 'A date written YYYY-MM-DD, the name of a date in dates.yaml, or an edition id.' });

export type DateRef = z.infer<typeof DateRef>;

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
const AgeLimit = z
  .union([z.number().int().min(0), z.enum(Object.keys(LEGAL_AGES) as [keyof typeof LEGAL_AGES])])
  .meta({ description: 'A number of years, or a named age from @safeguarding/schemas (adulthood is 18).' });

export type DutyCondition =
  | { all: DutyCondition[] }
  | { any: DutyCondition[] }
  | { not: DutyCondition }
  | {
      fact: FactPath;
      in?: (string | boolean | number)[];
      lt?: number | keyof typeof LEGAL_AGES;
      atLeast?: number | keyof typeof LEGAL_AGES;
      whenMissing?: 'ask' | boolean;
      presumption?: string;
      askWhen?: DutyCondition;
    }
  | { event: EventName; before?: DateRef }
  | { condition: string }
  | { edition: Edition[] }
  | { since: DateRef }
  | { always: true };

const FactTest = z
  .strictObject({
    fact: FactPath,
    in: z
      .array(FactValue)
      .min(1)
      .optional()
      .meta({ description: 'Met when the fact is one of these values.' }),
    lt: AgeLimit.optional().meta({ description: 'Met when the fact is a number below this.' }),
    atLeast: AgeLimit.optional().meta({ description: 'Met when the fact is a number at or above this.' }),
    whenMissing: z
      .union([z.literal('ask'), z.boolean()])
      .optional()
      .meta({
        description:
          'What a missing fact means: ask (the default: it becomes a question), true (presumed met) or false (not met).',
      }),
    presumption: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Said in the answer when the fact is missing and presumed met.' }),
    askWhen: z
      .lazy(() => DutyCondition)
      .optional()
      .meta({ description: 'With whenMissing true: ask instead of presuming when this holds.' }),
  })
  .refine((test) => [test.in, test.lt, test.atLeast].filter((part) => part !== undefined).length === 1, {
    error: 'a fact test needs exactly one of in, lt or atLeast',
  })
  .refine((test) => test.askWhen === undefined || test.whenMissing === true, {
    error: 'askWhen only goes with whenMissing: true',
  });

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
        before: DateRef.optional().meta({ description: 'Only an event dated before this day counts.' }),
      })
      .meta({ description: 'Met when the event has happened (before the given day, if any).' }),
    z
      .strictObject({ condition: KebabName.meta({ description: 'Name of a condition in conditions.yaml.' }) })
      .meta({ description: 'A named condition shared by several duties.' }),
    z
      .strictObject({
        edition: z.array(Edition).min(1).meta({ description: 'The editions under which it is met.' }),
      })
      .meta({ description: 'Met when the duty is judged under one of these editions.' }),
    z.strictObject({ since: DateRef }).meta({
      description:
        'Met when the date the duty is judged on (its trigger, or the as-of date for standing duties) is on or after this day.',
    }),
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
  .union([EventName, z.array(EventName).min(1)])
  .meta({ description: 'The event the clock runs from; if several, the first of them that has happened.' });

export const Deadline = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('after').meta({ description: 'Due a number of units after an event.' }),
      amount: Amount,
      unit: DeadlineUnit,
      from: FromEvents,
      noLaterThan: DateRef.optional().meta({ description: 'A last date that caps the deadline.' }),
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
      date: DateRef.meta({ description: 'The due date.' }),
    }),
    z.strictObject({
      kind: z.literal('same-as').meta({ description: 'Due on the same date as another duty.' }),
      duty: KebabName.meta({ description: 'Id of the duty whose due date this one shares.' }),
    }),
    z.strictObject({
      kind: z.literal('ongoing').meta({ description: 'A standing duty with no single deadline.' }),
      until: z
        .strictObject({ amount: Amount, unit: DeadlineUnit, from: FromEvents })
        .optional()
        .meta({ description: 'When the standing duty ends, if it does.' }),
    }),
    z.strictObject({
      kind: z
        .literal('no-timescale')
        .meta({ description: 'A one-off action for which neither the law nor the guidance sets a time.' }),
      words: z.string().min(1).meta({ description: 'What the source does say about timing.' }),
    }),
  ])
  .meta({ id: 'duty-deadline', description: 'When the duty falls due.' });

export type Deadline = z.infer<typeof Deadline>;

export const DutyProcess = describedEnum(
  {
    'serious-incident': 'Serious child safeguarding incidents and rapid reviews.',
    'practice-review': 'Child safeguarding practice reviews and serious case reviews.',
    'child-death': 'Child death reviews.',
    arrangements: 'Multi-agency safeguarding arrangements (standing duties).',
    'child-protection': 'Individual child protection cases.',
    allegation: 'Allegations against people who work with children.',
  },
  'The process a duty belongs to.',
);

export type DutyProcess = (typeof DutyProcess.options)[number];

/** A citation as the catalogue writes it: the source, then where in it. */
export const CatalogueCitation = z
  .strictObject({
    source: KebabName.meta({ description: 'A source in sources.yaml, for example wt2023 or ca2004.' }),
    chapter: z.number().int().min(1).optional().meta({ description: 'Chapter of the guidance.' }),
    paragraph: z
      .union([z.number(), z.string().min(1)])
      .optional()
      .meta({ description: 'Paragraph, where a paragraph number was confirmed.' }),
    section: z.string().min(1).optional().meta({ description: 'Section of an Act, for example 16C(1).' }),
    schedule: z.string().min(1).optional().meta({ description: 'Schedule of an Act.' }),
    regulation: z.string().min(1).optional().meta({ description: 'Regulation of a statutory instrument.' }),
    part: z.string().min(1).optional().meta({ description: 'Part of a document or Act.' }),
    heading: z.string().min(1).optional().meta({ description: 'A heading, where there is no number.' }),
    url: z
      .url()
      .optional()
      .meta({ description: 'Where it is, when more precise than the source’s address.' }),
  })
  .meta({ description: 'Where in a source the duty is stated.' });

export type CatalogueCitation = z.infer<typeof CatalogueCitation>;

const Parties = z.array(KebabName).meta({ description: 'Who the action goes to (ids in parties.yaml).' });

/** The part of a duty that belongs to one edition. */
export const DutyEdition = z
  .strictObject({
    deadline: Deadline,
    confidence: Confidence,
    caveat: z.string().min(1).optional().meta({
      description: 'What is uncertain; required when confidence is below high, and shown with the answer.',
    }),
    citations: z
      .array(CatalogueCitation)
      .min(1, { error: 'needs at least one citation' })
      .meta({ description: 'Where this edition states the duty.' }),
    actor: KebabName.optional().meta({ description: 'Who must act, when it differs in this edition.' }),
    recipients: Parties.optional(),
    strength: DutyStrength.optional(),
  })
  .meta({ description: 'What the duty is under one edition: deadline, confidence and citations.' });

export type DutyEdition = z.infer<typeof DutyEdition>;

export const DoneWhen = z
  .union([
    EventName,
    z.strictObject({
      event: EventName,
      onOrAfter: DateRef.optional().meta({ description: 'Only an event on or after this day counts.' }),
      occurrence: describedEnum(
        {
          first: 'The first time the event happened (for example the first review conference).',
          latest: 'The latest time it happened (the default).',
        },
        'Which occurrence of a repeated event discharges the duty.',
      ).optional(),
    }),
  ])
  .meta({ description: 'The event that discharges the duty.' });

export type DoneWhen = z.infer<typeof DoneWhen>;

export const Duty = z
  .strictObject({
    id: KebabName.meta({ description: 'Stable public id; the file is named after it.' }),
    title: z.string().min(1).meta({ description: 'What must be done, in a few words.' }),
    action: z.string().min(1).meta({ description: 'The action in a sentence or two.' }),
    process: DutyProcess,
    actor: KebabName.meta({ description: 'Who must act (an id in parties.yaml).' }),
    recipients: Parties,
    strength: DutyStrength,
    appliesWhen: DutyCondition,
    inForce: z
      .strictObject({
        on: EventName.optional().meta({
          description: "The event whose date decides; by default the date the duty's process is judged on.",
        }),
        from: DateRef.optional().meta({ description: 'First day the duty applies.' }),
        until: DateRef.optional().meta({ description: 'Last day the duty applies.' }),
        before: DateRef.optional().meta({ description: 'The duty applies only before this day.' }),
        reason: z.string().min(1).meta({ description: 'Why the duty has its own dates, in words.' }),
      })
      .optional()
      .meta({
        description:
          'Dates of its own, where the law started (or stopped) on a day other than an edition’s first day. The duty still belongs only to its editions.',
      }),
    done: DoneWhen.optional(),
    editions: z
      .partialRecord(Edition, DutyEdition)
      .refine((editions) => Object.keys(editions).length > 0, { error: 'needs at least one edition' })
      .meta({
        description: 'The editions the duty belongs to, each with its deadline, confidence and citations.',
      }),
    lastReviewed: IsoDate.meta({ description: 'When a person last checked this entry against its sources.' }),
    notes: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'For reviewers: what was checked and what was not.' }),
  })
  .meta({
    id: 'duty',
    title: 'Duty',
    description:
      'One duty of the catalogue (a file under packages/rules/data/duties), with its conditions and, per edition, its deadline, confidence and citations.',
  });

export type Duty = z.infer<typeof Duty>;
