import {
  CatalogueCitation,
  Confidence,
  DutyCondition,
  DutyProcess,
  DutyStrength,
  Edition,
  EventName,
  FactPath,
  IsoDate,
} from '@safeguarding/schemas';
import * as z from 'zod';

/**
 * The shapes of the catalogue's data files other than the duties (whose shape, `Duty`, is
 * published from @safeguarding/schemas). Each is checked when the catalogue is generated, so an
 * error names the file and the field.
 */

const Name = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' });
const Text = z.string().min(1);

export const EditionsFile = z
  .array(
    z.strictObject({
      id: Edition,
      title: Text,
      inForceFrom: IsoDate,
      published: IsoDate.optional(),
      changes: z.array(Text).min(1),
    }),
  )
  .min(1);

export const DatesFile = z.record(Name, z.strictObject({ date: IsoDate, meaning: Text, source: Name }));

export const SourcesFile = z.record(
  Name,
  z.strictObject({
    title: Text,
    edition: Edition.optional().meta({
      description: 'The edition this source is part of: it may be cited only for that edition.',
    }),
    url: z.url().optional(),
    urlNote: Text.optional(),
  }),
);

export const PartiesFile = z.record(Name, Text);

export const ProcessesFile = z.record(
  DutyProcess,
  z
    .strictObject({
      label: Text,
      editionFrom: z.array(EventName).min(1).optional(),
      standing: z.literal(true).optional(),
      notInPlay: Text,
    })
    .refine((process) => (process.editionFrom === undefined) === (process.standing === true), {
      error: 'a process has either editionFrom (its trigger events) or standing: true',
    }),
);

export const EventsFile = z.record(
  EventName,
  z.strictObject({
    process: z.union([DutyProcess, z.array(DutyProcess).min(1)]),
    label: Text,
    clause: Text,
    question: Text,
    phrases: z.array(Text).min(1),
    planned: z.literal(true).optional(),
  }),
);

const FactValueWords = z.strictObject({ means: Text, phrases: z.array(Text).min(1) });

export const FactsFile = z.record(
  FactPath,
  z.strictObject({
    process: DutyProcess.optional(),
    label: Text,
    question: Text,
    type: z.enum(['choice', 'yes-no', 'number']),
    values: z.record(z.string(), FactValueWords).optional(),
    undecided: z.array(z.string()).optional(),
    notGiven: Text.optional(),
    compared: z
      .strictObject({ lt: Text, notLt: Text, atLeast: Text, notAtLeast: Text })
      .optional()
      .meta({ description: 'Sentences for number tests; {value} and {limit} are filled in.' }),
    inferred: z
      .array(
        z.strictObject({
          value: z.union([z.string(), z.boolean(), z.number()]),
          when: DutyCondition,
          because: Text,
        }),
      )
      .optional(),
  }),
);

export const ConditionsFile = z.record(Name, z.strictObject({ meaning: Text, when: DutyCondition }));

export const WarningsFile = z.array(z.strictObject({ id: Name, when: DutyCondition, message: Text }));

export const ChecklistFile = z.strictObject({
  appliesWhen: DutyCondition,
  items: z
    .array(
      z.strictObject({
        id: Name,
        item: Text,
        editions: z.partialRecord(
          Edition,
          z.strictObject({
            required: z.boolean(),
            strength: DutyStrength,
            confidence: Confidence,
            citation: CatalogueCitation,
          }),
        ),
      }),
    )
    .min(1),
});

export type EditionsFile = z.infer<typeof EditionsFile>;
export type DatesFile = z.infer<typeof DatesFile>;
export type SourcesFile = z.infer<typeof SourcesFile>;
export type PartiesFile = z.infer<typeof PartiesFile>;
export type ProcessesFile = z.infer<typeof ProcessesFile>;
export type EventsFile = z.infer<typeof EventsFile>;
export type FactsFile = z.infer<typeof FactsFile>;
export type ConditionsFile = z.infer<typeof ConditionsFile>;
export type WarningsFile = z.infer<typeof WarningsFile>;
export type ChecklistFile = z.infer<typeof ChecklistFile>;

/** The data files by their path under packages/rules/data (the duties under duties/<process>/). */
export const SINGLE_FILES = {
  'editions.yaml': EditionsFile,
  'dates.yaml': DatesFile,
  'sources.yaml': SourcesFile,
  'conditions.yaml': ConditionsFile,
  'warnings.yaml': WarningsFile,
  'vocabulary/parties.yaml': PartiesFile,
  'vocabulary/processes.yaml': ProcessesFile,
  'vocabulary/events.yaml': EventsFile,
  'vocabulary/facts.yaml': FactsFile,
  'checklists/arrangements.yaml': ChecklistFile,
} as const;
