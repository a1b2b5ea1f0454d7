import * as z from 'zod';
import { Citation } from './common/citation.ts';
import { describedEnum } from './common/described-enum.ts';
import { Edition } from './common/edition.ts';
import { IsoDate } from './common/iso-date.ts';

export const DutyStrength = describedEnum(
  {
    must: 'A statutory duty (Act or regulations).',
    should: 'Statutory guidance: follow it unless there is a good reason not to.',
  },
  'How binding the duty is.',
);

export const Confidence = describedEnum(
  {
    high: 'Stated in the national text and confirmed by two or more independent sources.',
    medium:
      'Consistent secondary sources; the national paragraph was not re-read. Check your local procedures.',
    low: 'Recollection or conflicting local practice. Check your local procedures.',
  },
  'How sure the catalogue is of this duty and its timescale.',
);

export const ActionStatus = describedEnum(
  {
    due: 'Not done yet; the due date is today or later (or there is no national timescale).',
    overdue: 'Not done and the due date has passed.',
    done: 'Done on or before the due date.',
    'done-late': 'Done after the due date.',
    pending: 'Applies, but the event its clock runs from has not happened yet.',
    ongoing: 'A standing duty with no single deadline.',
  },
  'Where the duty stands on the as-of date.',
);

export const NextAction = z
  .strictObject({
    duty: z.string().meta({ description: 'Duty id from the catalogue, for example si-notify-panel.' }),
    title: z.string().meta({ description: 'What must be done, in a few words.' }),
    actor: z.string().meta({ description: 'Who must do it, for example local-authority.' }),
    recipients: z.array(z.string()).meta({ description: 'Who it goes to, if anyone.' }),
    strength: DutyStrength,
    status: ActionStatus,
    dueDate: IsoDate.nullable().meta({
      description:
        'Last day to do it. Null for ongoing duties, for duties with no national timescale, and for pending ones with nothing to project from.',
    }),
    projected: z.boolean().optional().meta({
      description: 'Pending duty: the due date assumes its start event happens on the last day it may.',
    }),
    workingDaysRemaining: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Working days from the as-of date to the due date; negative when overdue.' }),
    deadline: z.string().meta({ description: 'The deadline rule in words.' }),
    why: z.string().meta({ description: 'The facts that made the duty apply.' }),
    confidence: Confidence,
    edition: Edition.meta({
      description:
        "The edition whose rules gave this action: the one in force on its process's trigger date (contract v2).",
    }),
    dependsOn: z.array(z.string()).optional().meta({
      description:
        'Facts still unknown that could rule the duty out (dotted paths such as child.ageYears); the matching questions are in questions (contract v2).',
    }),
    caveat: z.string().optional().meta({
      description:
        'Why to check local procedures: confidence below high, or a due date resting on bank holidays not yet officially announced (contract v2).',
    }),
    citations: z
      .array(Citation)
      .min(1)
      .meta({ description: 'Where the duty comes from, in the edition that gave the action.' }),
  })
  .meta({ description: 'One duty that applies to the case, with its status and due date.' });

export type NextAction = z.infer<typeof NextAction>;

export const Question = z
  .strictObject({
    fact: z.string().meta({
      description:
        'Path of the case fact needed, for example incident.abuseOrNeglect, or of an event date, for example events.laBecameAware.',
    }),
    ask: z.string().meta({ description: 'The question in plain English.' }),
    options: z
      .array(z.string())
      .optional()
      .meta({ description: 'The possible answers, when there is a fixed set.' }),
  })
  .meta({ description: 'A fact the engine still needs to decide whether a duty applies.' });

export type Question = z.infer<typeof Question>;

export const ChecklistItem = z
  .strictObject({
    item: z.string().meta({ description: 'What the published arrangements must contain.' }),
    edition: Edition.meta({ description: 'The edition that asks for it.' }),
    required: z
      .boolean()
      .meta({ description: 'True when the edition requires it; false when it recommends it.' }),
    strength: DutyStrength,
    confidence: Confidence,
    citation: Citation,
  })
  .meta({ description: 'One thing the published safeguarding arrangements must contain (contract v2).' });

export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const NextActions = z
  .strictObject({
    edition: Edition.meta({
      description: 'The edition in force on the as-of date (or the one the facts force).',
    }),
    asOf: IsoDate.meta({ description: 'The date the answer is for.' }),
    actions: z
      .array(NextAction)
      .meta({ description: 'Duties that apply, soonest due first (overdue first), then by duty id.' }),
    notApplicable: z
      .array(
        z.strictObject({
          duty: z.string().meta({ description: 'Duty id.' }),
          why: z.string().meta({ description: 'Why it does not apply.' }),
        }),
      )
      .meta({ description: 'Duties ruled out, with why.' }),
    questions: z.array(Question).meta({ description: 'Facts still needed, the most decisive first.' }),
    warnings: z.array(z.string()).optional().meta({
      description:
        'Facts that contradict each other or fall outside what the toolkit covers, in plain words.',
    }),
    checklist: z.array(ChecklistItem).optional().meta({
      description:
        'For safeguarding arrangements: what the published arrangements must contain under the edition in force.',
    }),
  })
  .meta({
    id: 'next-actions',
    title: 'Next actions',
    description: 'The engine’s answer to "what must we do next, and by when" for a case (contract v2).',
  });

export type NextActions = z.infer<typeof NextActions>;
