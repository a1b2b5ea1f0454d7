import * as z from 'zod';
import { checkDateOrder } from './common/date-order.ts';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIn, ifThen } from './common/json-schema-rule.ts';
import { unknownTag, whenPresent } from './common/when-present.ts';

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

const WebAddress = z.url({ error: whenPresent('must be a web address starting https://') });

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
  termsOfReference: text('Terms of reference, or a summary of them.').optional(),
  method: text('Review method, for example a systems approach or appreciative inquiry.', 1000).optional(),
  familyEngagement: text('How the child and family were involved, in outline (no names).').optional(),
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
          reasons: text('Why the report itself is not published (for example the welfare of a child).'),
        }),
      ],
      { error: unknownTag(['published', 'improvements-only']) },
    )
    .optional()
    .meta({ description: 'How the review was published.' }),
  recommendations: z
    .array(
      z.strictObject({
        recommendation: text('The recommendation.', 2000),
        actions: z
          .array(
            z.strictObject({
              action: text('The improvement action.', 2000),
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

type PracticeReviewFields = z.output<z.ZodObject<typeof practiceReviewShape>>;

/** A review is published, planned and sent only after the decision to initiate it; a local review has an incident. */
function checkPracticeReview(review: PracticeReviewFields, ctx: z.RefinementCtx): void {
  if (review.kind !== 'scr' && (review.seriousIncidentIds ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['seriousIncidentIds'],
      message: `must list at least one serious incident for a${review.kind === 'lcspr' ? 'n lcspr' : ' national'} review`,
    });
  }
  checkDateOrder(review, ctx, [
    {
      earlier: ['initiated'],
      later: ['publicationPlanned'],
      earlierLabel: 'the decision to initiate the review',
    },
    { earlier: ['initiated'], later: ['sentToPanel'], earlierLabel: 'the decision to initiate the review' },
    { earlier: ['initiated'], later: ['sentToOfsted'], earlierLabel: 'the decision to initiate the review' },
    {
      earlier: ['initiated'],
      later: ['publication', 'date'],
      earlierLabel: 'the decision to initiate the review',
    },
    { earlier: ['sentToPanel'], later: ['publication', 'date'], earlierLabel: 'sentToPanel' },
  ]);
  review.reviewers?.forEach((reviewer, index) => {
    if (reviewer.appointed !== undefined && reviewer.appointed < review.initiated) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewers', index, 'appointed'],
        message: 'cannot be before the decision to initiate the review',
      });
    }
  });
}

const { input, record } = defineRecord({
  type: 'practice-review',
  title: 'Child safeguarding practice review',
  description:
    'A local or national child safeguarding practice review, or a historic serious case review (wt2023 chapter 5; national reviews: SI 2018/789 regs 3–10): the decision, reviewers, terms of reference, publication and improvement actions.',
  shape: practiceReviewShape,
  check: checkPracticeReview,
  rulesOnlyCheckedByTheToolkit: [
    'publicationPlanned, sentToPanel, sentToOfsted, publication.date and a reviewer’s appointed date cannot be before initiated',
    'publication.date cannot be before sentToPanel',
  ],
  jsonSchema: {
    allOf: [
      ifThen(fieldIn('kind', ['lcspr', 'national']), {
        required: ['seriousIncidentIds'],
        properties: { seriousIncidentIds: { minItems: 1 } },
      }),
    ],
  },
});

export const PracticeReviewInput = input;
export type PracticeReviewInput = z.infer<typeof PracticeReviewInput>;
export const PracticeReview = record;
export type PracticeReview = z.infer<typeof PracticeReview>;
