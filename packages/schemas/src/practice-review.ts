import * as z from 'zod';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIn, ifThen } from './common/json-schema-rule.ts';
import { personalData } from './common/personal-data.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';
import { WebAddress } from './common/web-address.ts';
import { unknownTag } from './common/when-present.ts';

export const PracticeReviewKind = describedEnum(
  {
    lcspr:
      'Local child safeguarding practice review, commissioned by the safeguarding partners (wt2023 chapter 5).',
    national:
      'National child safeguarding practice review, commissioned by the Panel (SI 2018/789 regs 3–10).',
    scr: 'Serious case review, commissioned by an LSCB (historic records).',
  },
  'Kind of review.',
);

export const ImprovementActionStatus = describedEnum(
  {
    'not-started': 'Not started.',
    'in-progress': 'Under way.',
    complete: 'Done, with evidence of completion.',
    'closed-not-completed': 'Closed without being completed, with reasons recorded locally.',
  },
  'Where an improvement action stands.',
);

const text = (description: string, max = 4000) =>
  z.string().min(1, { error: 'cannot be empty' }).max(max).meta({ description });

/** Long free text about a case can identify the child or family, so it is marked personal data. */
const personalText = (description: string, max = 4000) =>
  personalData(z.string().min(1, { error: 'cannot be empty' }).max(max), description);

export const practiceReviewShape = {
  area: GssCode,
  kind: PracticeReviewKind,
  seriousIncidentIds: z.array(text('Id of a serious incident notification.', 100)).optional().meta({
    description:
      'Ids of the serious incident notifications the review covers (historic serious case reviews may have none).',
  }),
  initiated: IsoDate.meta({ description: 'Date of the decision to initiate the review.' }),
  reviewers: z
    .array(
      z.strictObject({
        role: text('What the reviewer does, for example "lead reviewer".', 200),
        organisation: text('Who the reviewer works for, or "independent".', 200).optional(),
        appointed: IsoDate.optional().meta({ description: 'Date appointed.' }),
      }),
    )
    .optional()
    .meta({ description: 'Reviewers appointed (roles, not names).' }),
  termsOfReference: personalText('Terms of reference, or a summary of them.').optional(),
  method: personalText(
    'Review method, for example a systems approach or appreciative inquiry.',
    1000,
  ).optional(),
  familyEngagement: personalText('How the child and family were involved, in outline (no names).').optional(),
  publicationPlanned: IsoDate.optional().meta({
    description: 'Date on which publication of the report is planned.',
  }),
  sentToPanel: IsoDate.optional().meta({
    description:
      'Date the final report was sent to the Panel and the Secretary of State (at least 7 working days before publication).',
  }),
  sentToOfsted: IsoDate.optional().meta({
    description: 'Date the report was sent to Ofsted, where required.',
  }),
  publication: z
    .discriminatedUnion(
      'outcome',
      [
        z.strictObject({
          outcome: z.literal('published').meta({ description: 'The report was published.' }),
          date: IsoDate.meta({ description: 'Date the report was published.' }),
          url: WebAddress.meta({ description: 'Where the report is published.' }),
        }),
        z.strictObject({
          outcome: z.literal('improvements-only').meta({
            description:
              'The partners decided to publish only information about improvements, not the report.',
          }),
          date: IsoDate.meta({ description: 'Date the improvements information was published.' }),
          url: WebAddress.optional().meta({
            description: 'Where the improvements information is published.',
          }),
          reasons: personalText(
            'Why the report itself is not published (for example the welfare of a child).',
          ),
        }),
      ],
      { error: unknownTag(['published', 'improvements-only']) },
    )
    .optional()
    .meta({ description: 'How the review was published.' }),
  recommendations: z
    .array(
      z.strictObject({
        recommendation: personalText('The recommendation.', 2000),
        actions: z
          .array(
            z.strictObject({
              action: personalText('The improvement action.', 2000),
              owner: text('Agency or role responsible.', 200),
              due: IsoDate.optional().meta({ description: 'Date the action is due.' }),
              status: ImprovementActionStatus,
            }),
          )
          .optional()
          .meta({ description: 'Improvement actions for the recommendation.' }),
      }),
    )
    .optional()
    .meta({ description: 'Recommendations and the improvement actions that follow them.' }),
};

/** A local or national review has an incident; it is planned, sent and published after the decision to initiate it. */
export const PRACTICE_REVIEW_RULES: readonly RecordRule[] = [
  {
    code: 'PR-001',
    path: 'seriousIncidentIds',
    message: 'must list at least one serious incident for an lcspr or a national review',
    when: [{ field: 'kind', op: 'in', value: ['lcspr', 'national'] }],
    require: [{ field: 'seriousIncidentIds.0', op: 'present' }],
    jsonSchema: ifThen(fieldIn('kind', ['lcspr', 'national']), {
      required: ['seriousIncidentIds'],
      properties: { seriousIncidentIds: { minItems: 1 } },
    }),
    source: 'wt2023 chapter 5',
  },
  dateOrder('PR-002', 'initiated', 'publicationPlanned', 'the decision to initiate the review'),
  dateOrder('PR-003', 'initiated', 'sentToPanel', 'the decision to initiate the review'),
  dateOrder('PR-004', 'initiated', 'sentToOfsted', 'the decision to initiate the review'),
  dateOrder('PR-005', 'initiated', 'publication.date', 'the decision to initiate the review'),
  dateOrder('PR-006', 'sentToPanel', 'publication.date'),
  dateOrder('PR-007', 'initiated', 'reviewers.*.appointed', 'the decision to initiate the review'),
];

const { input, record } = defineRecord({
  type: 'practice-review',
  title: 'Child safeguarding practice review',
  description:
    'A local or national child safeguarding practice review, or a historic serious case review (wt2023 chapter 5; national reviews: SI 2018/789 regs 3–10): the decision, reviewers, terms of reference, publication and improvement actions.',
  shape: practiceReviewShape,
  rules: PRACTICE_REVIEW_RULES,
});

export const PracticeReviewInput = input;
export type PracticeReviewInput = z.infer<typeof PracticeReviewInput>;
export const PracticeReview = record;
export type PracticeReview = z.infer<typeof PracticeReview>;
