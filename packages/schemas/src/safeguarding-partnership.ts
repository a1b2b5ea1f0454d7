import * as z from 'zod';
import { Contact } from './common/contact.ts';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIs, ifThen, ON_OR_BEFORE_2019_09_29 } from './common/json-schema-rule.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';
import { WebAddress } from './common/web-address.ts';
import { whenPresent } from './common/when-present.ts';
import { RELEVANT_AGENCY_RULES, RelevantAgencyInput } from './relevant-agency.ts';
import { SAFEGUARDING_PARTNER_RULES, SafeguardingPartnerInput } from './safeguarding-partner.ts';

/** Every area had to move from its LSCB to safeguarding partner arrangements by 29 September 2019 (wt2018 transitional guidance). */
export const LSCB_END_DATE = '2019-09-29';

export const PartnershipRegime = describedEnum(
  {
    lscb: 'A Local Safeguarding Children Board, with an independent chair (before the 2018–19 transition).',
    'safeguarding-partners':
      'Safeguarding partner arrangements under Children Act 2004 s16E (from the 2018–19 transition).',
  },
  'Who runs the local arrangements.',
);

export const YearlyReportRecipient = describedEnum(
  {
    'child-safeguarding-practice-review-panel': 'The Child Safeguarding Practice Review Panel.',
    'what-works-centre': 'The What Works Centre for Children’s Social Care (wt2018).',
    foundations: 'Foundations, the What Works Centre for children and families (wt2023).',
    'secretary-of-state': 'The Secretary of State for Education.',
    other: 'Another recipient named in local arrangements.',
  },
  'Who a yearly report was sent to.',
);

const text = (description: string, max = 2000) =>
  z.string().min(1, { error: 'cannot be empty' }).max(max).meta({ description });

const FinancialYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: 'must be a financial year written like 2024-25' })
  .meta({ description: 'Financial year, April to March, written like 2024-25.', examples: ['2024-25'] });

const FundingContribution = z
  .strictObject({
    contributor: text('Name of the partner or agency contributing.', 200),
    amountPounds: z
      .number({ error: whenPresent('must be a number of pounds') })
      .min(0, { error: 'cannot be negative' })
      .multipleOf(0.01, { error: 'must be in whole pence' })
      .meta({ description: 'Amount contributed in pounds sterling.' }),
    inKind: text('Contributions in kind (staff time, premises), in words.', 500).optional(),
  })
  .meta({ description: 'What one partner or agency contributes for a year.' });

const YearlyReport = z
  .strictObject({
    periodStart: IsoDate.meta({ description: 'First day of the period the report covers.' }),
    periodEnd: IsoDate.meta({ description: 'Last day of the period the report covers.' }),
    published: IsoDate.optional().meta({ description: 'Date the report was published.' }),
    sentTo: z.array(YearlyReportRecipient).optional().meta({ description: 'Who the report was sent to.' }),
    sent: IsoDate.optional().meta({ description: 'Date the report was sent to them.' }),
    url: WebAddress.optional().meta({ description: 'Where the report is published.' }),
  })
  .meta({ description: 'A yearly report on the arrangements (an annual report in the LSCB era).' });

export const safeguardingPartnershipShape = {
  area: GssCode.meta({
    description: 'GSS code of the lead local authority area of the arrangements, for example E08000034.',
  }),
  areas: z.array(GssCode).min(1, { error: 'must list at least one area' }).meta({
    description:
      'GSS codes of every local authority area the arrangements cover (arrangements may span several areas), including area.',
  }),
  name: text('Name of the partnership, for example "Exampleshire Safeguarding Children Partnership".', 200),
  regime: PartnershipRegime,
  independentChair: Contact.optional().meta({
    description: 'The independent chair of an LSCB. Required for regime lscb; not used otherwise.',
  }),
  partnershipChair: Contact.optional().meta({
    description:
      'The partnership chair (wt2023 chapter 2): one of the lead safeguarding partners or someone they appoint.',
  }),
  safeguardingPartners: z.array(SafeguardingPartnerInput).optional().meta({
    description: 'The safeguarding partners, current and past, each with its lead and delegated roles.',
  }),
  relevantAgencies: z
    .array(RelevantAgencyInput)
    .optional()
    .meta({ description: 'The relevant agencies named in the arrangements.' }),
  independentScrutiny: z
    .strictObject({
      by: text('Who provides independent scrutiny (a role or organisation, not a name).', 200),
      how: text('How scrutiny is done, for example audits, challenge sessions, reviews of learning.'),
      frequency: text('How often, for example "quarterly" or "each year".', 200),
    })
    .optional()
    .meta({ description: 'Independent scrutiny of the arrangements (wt2018 chapter 3; wt2023 chapter 2).' }),
  funding: z
    .array(
      z.strictObject({
        year: FinancialYear,
        contributions: z
          .array(FundingContribution)
          .min(1, { error: 'must list at least one contribution' })
          .meta({ description: 'Contributions for the year.' }),
      }),
    )
    .optional()
    .meta({ description: 'Funding contributions per partner and agency, by financial year.' }),
  thresholdDocument: z
    .strictObject({
      title: text('Title of the threshold document.', 300),
      url: WebAddress.optional().meta({ description: 'Where it is published.' }),
      published: IsoDate.optional().meta({ description: 'Date of the current version.' }),
    })
    .optional()
    .meta({ description: 'The local threshold document (the criteria for help and protection).' }),
  arrangementsPublished: IsoDate.optional().meta({ description: 'Date the arrangements were published.' }),
  arrangementsImplemented: IsoDate.optional().meta({
    description: 'Date the published arrangements came into effect.',
  }),
  lastRevised: IsoDate.optional().meta({ description: 'Date the arrangements were last revised.' }),
  yearlyReports: z.array(YearlyReport).optional().meta({ description: 'Yearly reports, oldest first.' }),
};

/**
 * An LSCB has an independent chair and no safeguarding partners after the transition ended;
 * embedded partners and agencies belong to one of the areas covered; dates follow each other.
 */
export const SAFEGUARDING_PARTNERSHIP_RULES: readonly RecordRule[] = [
  {
    code: 'PS-001',
    path: 'areas',
    message: 'must include area',
    when: [
      { field: 'area', op: 'present' },
      { field: 'areas', op: 'present' },
    ],
    require: [{ field: 'area', op: 'in', other: 'areas' }],
  },
  {
    code: 'PS-002',
    path: 'areas',
    message: 'cannot list the same area twice',
    when: [{ field: 'areas', op: 'present' }],
    require: [{ field: 'areas', op: 'unique' }],
    jsonSchema: { properties: { areas: { uniqueItems: true } } },
  },
  {
    code: 'PS-003',
    path: 'independentChair',
    message: 'is required for an LSCB: every LSCB had an independent chair',
    when: [{ field: 'regime', op: 'eq', value: 'lscb' }],
    require: [{ field: 'independentChair', op: 'present' }],
    jsonSchema: ifThen(fieldIs('regime', 'lscb'), { required: ['independentChair'] }),
    source: 'wt2015 chapter 3',
  },
  {
    code: 'PS-004',
    path: 'independentChair',
    message: 'is only for an LSCB: record the chair of safeguarding partner arrangements as partnershipChair',
    when: [{ field: 'regime', op: 'eq', value: 'safeguarding-partners' }],
    require: [{ field: 'independentChair', op: 'absent' }],
    jsonSchema: ifThen(fieldIs('regime', 'safeguarding-partners'), {
      not: { required: ['independentChair'] },
    }),
  },
  {
    code: 'PS-005',
    path: 'safeguardingPartners.*.area',
    message: 'must be one of the areas the partnership covers',
    when: [
      { field: 'safeguardingPartners.*.area', op: 'present' },
      { field: 'areas', op: 'present' },
    ],
    require: [{ field: 'safeguardingPartners.*.area', op: 'in', other: 'areas' }],
  },
  {
    code: 'PS-006',
    path: 'safeguardingPartners.*.from',
    message: `cannot be after ${LSCB_END_DATE} for an LSCB: every area had moved to safeguarding partner arrangements by then`,
    when: [
      { field: 'regime', op: 'eq', value: 'lscb' },
      { field: 'safeguardingPartners.*.from', op: 'present' },
    ],
    require: [{ field: 'safeguardingPartners.*.from', op: 'le', value: LSCB_END_DATE }],
    jsonSchema: ifThen(fieldIs('regime', 'lscb'), {
      properties: {
        safeguardingPartners: { items: { properties: { from: { pattern: ON_OR_BEFORE_2019_09_29 } } } },
      },
    }),
    source: 'wt2018-transitional',
  },
  {
    code: 'PS-007',
    path: 'relevantAgencies.*.area',
    message: 'must be one of the areas the partnership covers',
    when: [
      { field: 'relevantAgencies.*.area', op: 'present' },
      { field: 'areas', op: 'present' },
    ],
    require: [{ field: 'relevantAgencies.*.area', op: 'in', other: 'areas' }],
  },
  dateOrder('PS-008', 'arrangementsPublished', 'arrangementsImplemented'),
  dateOrder('PS-009', 'arrangementsPublished', 'lastRevised'),
  dateOrder('PS-010', 'yearlyReports.*.periodStart', 'yearlyReports.*.periodEnd', 'the start of the period'),
  dateOrder(
    'PS-011',
    'yearlyReports.*.periodEnd',
    'yearlyReports.*.published',
    'the end of the period it covers',
  ),
  dateOrder('PS-012', 'yearlyReports.*.published', 'yearlyReports.*.sent', 'the date it was published'),
];

const { input, record } = defineRecord({
  type: 'safeguarding-partnership',
  title: 'Safeguarding partnership',
  description:
    'The published multi-agency safeguarding arrangements for one or more local authority areas (Children Act 2004 s16E–16G; wt2023 chapter 2), or, for historic records, the LSCB.',
  shape: safeguardingPartnershipShape,
  rules: SAFEGUARDING_PARTNERSHIP_RULES,
  embedded: [
    { at: 'safeguardingPartners', rules: SAFEGUARDING_PARTNER_RULES },
    { at: 'relevantAgencies', rules: RELEVANT_AGENCY_RULES },
  ],
});

export const SafeguardingPartnershipInput = input;
export type SafeguardingPartnershipInput = z.infer<typeof SafeguardingPartnershipInput>;
export const SafeguardingPartnership = record;
export type SafeguardingPartnership = z.infer<typeof SafeguardingPartnership>;
