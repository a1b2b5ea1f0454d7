import * as z from 'zod';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { personalData } from './common/personal-data.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';

export const RapidReviewDecision = describedEnum(
  {
    'local-review': 'Commission a local child safeguarding practice review (LCSPR).',
    'no-local-review': 'No local review: the learning is captured by the rapid review or another process.',
    'refer-for-national-review': 'Refer the case to the Panel to consider a national review.',
  },
  'What the safeguarding partners decided (wt2023 chapter 5).',
);

export const PanelResponse = describedEnum(
  {
    'agrees-with-decision': 'The Panel agrees with the partners’ decision.',
    'disagrees-with-decision': 'The Panel disagrees and asks the partners to reconsider.',
    'national-review-commissioned': 'The Panel will commission a national review.',
    'more-information-requested': 'The Panel asked for more information.',
  },
  'The Panel’s response to the rapid review.',
);

const text = (description: string, max = 4000) =>
  z.string().min(1, { error: 'cannot be empty' }).max(max).meta({ description });

/** Long free text about a case can identify the child or family, so it is marked personal data. */
const personalText = (description: string, max = 4000) =>
  personalData(z.string().min(1, { error: 'cannot be empty' }).max(max), description);

export const rapidReviewShape = {
  area: GssCode,
  seriousIncidentId: text('Id of the serious incident notification this rapid review is about.', 100),
  started: IsoDate.meta({ description: 'Date the rapid review started.' }),
  completed: IsoDate.optional().meta({
    description: 'Date the rapid review was completed (normally within 15 working days of the notification).',
  }),
  contributions: z
    .array(
      z.strictObject({
        agency: text('Name of the contributing agency.', 200),
        summaryReceived: IsoDate.optional().meta({
          description: 'Date its agency summary (chronology and involvement) was received.',
        }),
      }),
    )
    .optional()
    .meta({ description: 'Agencies that contributed to the rapid review.' }),
  immediateActions: z
    .array(personalText('One immediate safeguarding action taken.', 1000))
    .optional()
    .meta({ description: 'Immediate actions taken to keep children safe.' }),
  learning: z
    .array(personalText('One point of learning.', 2000))
    .optional()
    .meta({ description: 'Learning identified.' }),
  decision: RapidReviewDecision.optional(),
  decisionReasons: personalText('Why the partners decided as they did.').optional(),
  sentToPanel: IsoDate.optional().meta({ description: 'Date the rapid review was sent to the Panel.' }),
  panelResponse: PanelResponse.optional(),
  panelResponseDate: IsoDate.optional().meta({ description: 'Date of the Panel’s response.' }),
};

/** A decision needs its reasons; a rapid review is sent, and answered, after it is complete. */
export const RAPID_REVIEW_RULES: readonly RecordRule[] = [
  {
    code: 'RR-001',
    path: 'decisionReasons',
    message: 'is required when a decision is recorded',
    when: [{ field: 'decision', op: 'present' }],
    require: [{ field: 'decisionReasons', op: 'present' }],
    jsonSchema: { dependentRequired: { decision: ['decisionReasons'] } },
  },
  {
    code: 'RR-002',
    path: 'completed',
    message: 'is required once the rapid review has been sent to the Panel',
    when: [{ field: 'sentToPanel', op: 'present' }],
    require: [{ field: 'completed', op: 'present' }],
    jsonSchema: { dependentRequired: { sentToPanel: ['completed'] } },
  },
  {
    code: 'RR-003',
    path: 'panelResponseDate',
    message: 'is required when the Panel’s response is recorded',
    when: [{ field: 'panelResponse', op: 'present' }],
    require: [{ field: 'panelResponseDate', op: 'present' }],
    jsonSchema: { dependentRequired: { panelResponse: ['panelResponseDate'] } },
  },
  dateOrder('RR-004', 'started', 'completed'),
  dateOrder('RR-005', 'completed', 'sentToPanel'),
  dateOrder('RR-006', 'sentToPanel', 'panelResponseDate'),
];

const { input, record } = defineRecord({
  type: 'rapid-review',
  title: 'Rapid review',
  description:
    'The safeguarding partners’ rapid review of a notified serious incident (wt2023 chapter 5): who contributed, immediate actions, learning, the decision on a practice review and the Panel’s response.',
  shape: rapidReviewShape,
  rules: RAPID_REVIEW_RULES,
});

export const RapidReviewInput = input;
export type RapidReviewInput = z.infer<typeof RapidReviewInput>;
export const RapidReview = record;
export type RapidReview = z.infer<typeof RapidReview>;
