import * as z from 'zod';
import { AbuseOrNeglect, IncidentLocation } from './case-facts.ts';
import { Contact } from './common/contact.ts';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIs, ifThen } from './common/json-schema-rule.ts';
import { ADULTHOOD_AGE } from './common/legal-ages.ts';
import { LocalChildReference } from './common/local-child-reference.ts';
import { NhsNumber } from './common/nhs-number.ts';
import { personalData } from './common/personal-data.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';
import { Sex } from './common/sex.ts';
import { whenPresent } from './common/when-present.ts';

/**
 * The ten categories a CDOP assigns to a death.
 * @see Child Death Review statutory and operational guidance (England) 2018, CDOP analysis form
 */
export const CDOP_CATEGORIES = {
  '1': 'Deliberately inflicted injury, abuse or neglect.',
  '2': 'Suicide or deliberate self-inflicted harm.',
  '3': 'Trauma and other external factors, including medical or surgical complications or error.',
  '4': 'Malignancy.',
  '5': 'Acute medical or surgical condition.',
  '6': 'Chronic medical condition.',
  '7': 'Chromosomal, genetic and congenital anomalies.',
  '8': 'Perinatal or neonatal event.',
  '9': 'Infection.',
  '10': 'Sudden unexpected, unexplained death.',
} as const;

export const CdopCategory = z
  .number({ error: whenPresent('must be a CDOP category: a whole number from 1 to 10') })
  .int({ error: 'must be a CDOP category: a whole number from 1 to 10' })
  .min(1, { error: 'must be a CDOP category: a whole number from 1 to 10' })
  .max(10, { error: 'must be a CDOP category: a whole number from 1 to 10' })
  .meta({
    description: 'Category of death the CDOP assigned, 1 to 10.',
    'x-enum-descriptions': CDOP_CATEGORIES,
  });

/** How far factors in one domain contributed: 0 no information, 1 none or unlikely to have contributed, 2 may have contributed. */
const DomainGrade = z
  .number({ error: whenPresent('must be a grade of 0, 1 or 2') })
  .int({ error: 'must be a grade of 0, 1 or 2' })
  .min(0, { error: 'must be a grade of 0, 1 or 2' })
  .max(2, { error: 'must be a grade of 0, 1 or 2' })
  .meta({
    'x-enum-descriptions': {
      '0': 'Information not available.',
      '1': 'No factors identified, or factors identified that are unlikely to have contributed to the death.',
      '2': 'Factors identified that may have contributed to the death (modifiable).',
    },
  });

/** The four domains the CDOP analysis form grades. */
const DOMAINS = ['child', 'socialEnvironment', 'physicalEnvironment', 'serviceProvision'] as const;

export const ModifiableFactorsFinding = describedEnum(
  {
    identified: 'Modifiable factors identified: at least one domain graded 2.',
    'not-identified': 'No modifiable factors identified: no domain graded 2.',
    'insufficient-information': 'Not enough information to decide.',
  },
  'The CDOP’s finding on modifiable factors.',
);

export const JarCriterion = describedEnum(
  {
    'external-causes': 'The death is or could be due to external causes.',
    'sudden-no-apparent-cause':
      'The death is sudden with no immediately apparent cause (including sudden unexpected death in infancy or childhood).',
    'custody-or-detention':
      'The death occurred in custody or while the child was detained under the Mental Health Act 1983.',
    'suspicious-circumstances':
      'The initial circumstances raise suspicion that the death may not have been natural.',
    'stillbirth-unattended': 'A stillbirth with no healthcare professional in attendance.',
  },
  'Which joint agency response criterion the death met (Child Death Review statutory guidance 2018, chapter 3).',
);

export const PlaceOfDeath = describedEnum(
  {
    hospital: 'In hospital, including the emergency department.',
    hospice: 'In a hospice.',
    home: 'At the child’s usual home.',
    'other-residence': 'At another home or residence.',
    'public-place': 'In a public place, such as a road or park.',
    abroad: 'Outside the United Kingdom.',
    other: 'Somewhere else.',
    'not-known': 'Not known.',
  },
  'Where the child died.',
);

export const PostMortem = describedEnum(
  {
    coronial: 'A post-mortem ordered by the coroner.',
    consented: 'A hospital post-mortem with parental consent.',
    none: 'No post-mortem.',
    'not-known': 'Not known yet.',
  },
  'Whether a post-mortem examination took place.',
);

export const OtherReview = describedEnum(
  {
    cspr: 'A child safeguarding practice review (local or national).',
    leder:
      'A Learning from Lives and Deaths (LeDeR) review, for a child with a learning disability or autism.',
    pmrt: 'A Perinatal Mortality Review Tool review.',
    coroner: 'A coroner’s investigation or inquest.',
    'patient-safety': 'An NHS patient safety incident investigation.',
    other: 'Another review.',
  },
  'Another review of the death.',
);

const text = (description: string, max = 4000) =>
  z.string().min(1, { error: 'cannot be empty' }).max(max).meta({ description });

export const childDeathShape = {
  area: GssCode.meta({
    description: 'GSS code of the local authority area whose child death review partners review the death.',
  }),
  child: z
    .strictObject({
      reference: LocalChildReference,
      nhsNumber: NhsNumber.optional(),
      dateOfBirth: personalData(IsoDate.optional(), 'Date of birth.'),
      ageYears: z
        .number({ error: whenPresent('must be a number of whole years') })
        .int({ error: 'must be a whole number' })
        .min(0, { error: 'cannot be negative' })
        .max(ADULTHOOD_AGE - 1, {
          error: `must be under ${ADULTHOOD_AGE}: child death review covers children under ${ADULTHOOD_AGE}`,
        })
        .meta({ description: 'Age in whole years at death.' }),
      ageDays: z
        .number({ error: whenPresent('must be a number of whole days') })
        .int({ error: 'must be a whole number' })
        .min(0, { error: 'cannot be negative' })
        .max(365, { error: 'must be 365 or less (give it only for a child under one)' })
        .optional()
        .meta({ description: 'For a child under one: age in whole days at death.' }),
      sex: personalData(Sex, 'Sex of the child as recorded.'),
      ethnicity: personalData(
        z.string().min(1, { error: 'cannot be empty' }).max(100).optional(),
        'Ethnicity as recorded.',
      ),
      normallyResidentArea: z
        .string()
        .regex(/^[EWSN]\d{8}$/, { error: 'must be a GSS code, for example E08000034' })
        .optional()
        .meta({
          description: 'GSS code of the local authority area where the child normally lived (any UK nation).',
        }),
      lookedAfter: z
        .boolean({ error: whenPresent('must be true or false') })
        .optional()
        .meta({
          description:
            'Looked after by a local authority when the child died: the local authority then notifies the death to the Secretary of State and Ofsted, whatever its cause (Children Act 1989 Schedule 2 paragraph 20; Working Together 2023, chapter 5).',
        }),
    })
    .meta({
      description: 'The child, identified by local reference; the NHS number if known (personal data).',
    }),
  dateOfDeath: personalData(IsoDate, 'Date of death.'),
  timeOfDeath: personalData(
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM, for example 14:05' })
      .optional(),
    'Time of death if known, HH:MM (Europe/London).',
  ),
  placeOfDeath: PlaceOfDeath,
  expected: z.boolean({ error: whenPresent('must be true or false') }).meta({
    description:
      'True if the death was expected: anticipated as a significant possibility 24 hours before it happened.',
  }),
  abuseOrNeglect: AbuseOrNeglect.optional().meta({
    description:
      'Whether abuse or neglect is known or suspected to have caused or contributed to the death: if so, it is also a serious incident to notify (Children Act 2004 s16C).',
  }),
  location: IncidentLocation.optional().meta({
    description:
      "Where the incident that led to the death happened, seen from the local authority's area (decides who notifies it as a serious incident).",
  }),
  jointAgencyResponse: z
    .strictObject({
      triggered: z
        .boolean({ error: whenPresent('must be true or false') })
        .meta({ description: 'A joint agency response was triggered.' }),
      criterion: JarCriterion.optional(),
      started: IsoDate.optional().meta({ description: 'Date the joint agency response started.' }),
    })
    .meta({
      description:
        'The joint agency response: whether it was triggered, by which criterion, and when it started.',
    }),
  coronerInformed: z
    .boolean({ error: whenPresent('must be true or false') })
    .optional()
    .meta({ description: 'The coroner was informed.' }),
  postMortem: PostMortem.optional(),
  notifier: Contact.optional().meta({ description: 'Who notified the death to the CDOP (personal data).' }),
  cdopNotified: IsoDate.optional().meta({ description: 'Date the death was notified to the CDOP.' }),
  agenciesInvolved: z
    .array(
      z.strictObject({
        agency: text('Name of the agency.', 200),
        formRequested: IsoDate.optional().meta({ description: 'Date its reporting form was requested.' }),
        formReceived: IsoDate.optional().meta({ description: 'Date its reporting form was received.' }),
      }),
    )
    .optional()
    .meta({ description: 'Agencies involved with the child, used to send reporting forms.' }),
  childDeathReviewMeeting: IsoDate.optional().meta({
    description: 'Date of the child death review meeting (CDRM).',
  }),
  cdopReview: IsoDate.optional().meta({ description: 'Date the CDOP reviewed the death.' }),
  cdopCategory: CdopCategory.optional(),
  modifiableFactors: z
    .strictObject({
      finding: ModifiableFactorsFinding,
      domains: z
        .strictObject({
          child: DomainGrade.meta({ description: 'Factors intrinsic to the child, graded 0–2.' }),
          socialEnvironment: DomainGrade.meta({
            description: 'Social environment, including family and parenting, graded 0–2.',
          }),
          physicalEnvironment: DomainGrade.meta({ description: 'Physical environment, graded 0–2.' }),
          serviceProvision: DomainGrade.meta({ description: 'Service provision, graded 0–2.' }),
        })
        .optional()
        .meta({ description: 'Factors by domain, each graded 0–2.' }),
    })
    .optional()
    .meta({
      description: 'The CDOP’s analysis of modifiable factors.',
    }),
  learning: z
    .array(text('One point of learning or action.', 2000))
    .optional()
    .meta({ description: 'Learning and actions.' }),
  otherReviews: z.array(OtherReview).optional().meta({ description: 'Other reviews of the death.' }),
  ncmdFinalised: IsoDate.optional().meta({
    description: 'Date the data were finalised in the National Child Mortality Database.',
  }),
  seriousIncidentId: z.string().min(1, { error: 'cannot be empty' }).max(100).optional().meta({
    description: 'Id of the serious incident notification, when abuse or neglect is known or suspected.',
  }),
};

const jarGivenOnlyIfTriggered = (code: string, field: 'started' | 'criterion'): RecordRule => ({
  code,
  path: `jointAgencyResponse.${field}`,
  message: 'can only be given when a joint agency response was triggered (triggered is false)',
  when: [{ field: 'jointAgencyResponse.triggered', op: 'eq', value: false }],
  require: [{ field: `jointAgencyResponse.${field}`, op: 'absent' }],
  jsonSchema: {
    properties: { jointAgencyResponse: ifThen(fieldIs('triggered', false), { not: { required: [field] } }) },
  },
  source: 'cdrg2018 chapter 3',
});

/** Rules from the Child Death Review statutory guidance 2018, the CDOP analysis form and the order of events. */
export const CHILD_DEATH_RULES: readonly RecordRule[] = [
  jarGivenOnlyIfTriggered('CD-001', 'started'),
  jarGivenOnlyIfTriggered('CD-002', 'criterion'),
  {
    code: 'CD-003',
    path: 'cdopReview',
    message: 'is required when cdopCategory is given: the CDOP assigns the category at its review',
    when: [{ field: 'cdopCategory', op: 'present' }],
    require: [{ field: 'cdopReview', op: 'present' }],
    jsonSchema: { dependentRequired: { cdopCategory: ['cdopReview'] } },
  },
  {
    code: 'CD-004',
    path: 'child.ageDays',
    message: 'can only be given for a child under one (ageYears 0)',
    when: [
      { field: 'child.ageDays', op: 'present' },
      { field: 'child.ageYears', op: 'present' },
    ],
    require: [{ field: 'child.ageYears', op: 'eq', value: 0 }],
    jsonSchema: {
      properties: { child: ifThen({ required: ['ageDays'] }, { properties: { ageYears: { const: 0 } } }) },
    },
  },
  {
    code: 'CD-005',
    path: 'modifiableFactors.finding',
    message: 'cannot be identified when no domain is graded 2',
    when: [
      { field: 'modifiableFactors.finding', op: 'eq', value: 'identified' },
      { field: 'modifiableFactors.domains', op: 'present' },
    ],
    require: [
      {
        anyOf: DOMAINS.map(
          (domain) => [{ field: `modifiableFactors.domains.${domain}`, op: 'eq', value: 2 }] as const,
        ),
      },
    ],
    jsonSchema: {
      properties: {
        modifiableFactors: ifThen(
          { ...fieldIs('finding', 'identified'), required: ['finding', 'domains'] },
          {
            properties: {
              domains: { anyOf: DOMAINS.map((domain) => ({ properties: { [domain]: { const: 2 } } })) },
            },
          },
        ),
      },
    },
    source: 'cdrg2018 (CDOP analysis form)',
  },
  {
    code: 'CD-006',
    path: 'modifiableFactors.finding',
    message: 'must be identified when a domain is graded 2',
    when: [
      { field: 'modifiableFactors.finding', op: 'eq', value: 'not-identified' },
      { field: 'modifiableFactors.domains', op: 'present' },
    ],
    require: DOMAINS.map((domain) => {
      const field = `modifiableFactors.domains.${domain}`;
      return { anyOf: [[{ field, op: 'absent' }], [{ field, op: 'le', value: 1 }]] } as const;
    }),
    jsonSchema: {
      properties: {
        modifiableFactors: ifThen(fieldIs('finding', 'not-identified'), {
          properties: {
            domains: { properties: Object.fromEntries(DOMAINS.map((domain) => [domain, { maximum: 1 }])) },
          },
        }),
      },
    },
    source: 'cdrg2018 (CDOP analysis form)',
  },
  dateOrder('CD-007', 'child.dateOfBirth', 'dateOfDeath', 'the date of birth'),
  dateOrder('CD-008', 'dateOfDeath', 'cdopNotified', 'the date of death'),
  dateOrder('CD-009', 'dateOfDeath', 'jointAgencyResponse.started', 'the date of death'),
  dateOrder('CD-010', 'dateOfDeath', 'childDeathReviewMeeting', 'the date of death'),
  dateOrder('CD-011', 'dateOfDeath', 'cdopReview', 'the date of death'),
  dateOrder('CD-012', 'childDeathReviewMeeting', 'cdopReview', 'the child death review meeting'),
  dateOrder('CD-013', 'cdopReview', 'ncmdFinalised', 'the CDOP review'),
  dateOrder('CD-014', 'agenciesInvolved.*.formRequested', 'agenciesInvolved.*.formReceived', 'formRequested'),
  {
    code: 'CD-015',
    path: 'child.nhsNumber',
    message: 'is not a valid NHS number (its check digit does not match)',
    when: [{ field: 'child.nhsNumber', op: 'present' }],
    require: [{ field: 'child.nhsNumber', op: 'nhs-check-digit' }],
    source: 'NHS Data Dictionary, NHS NUMBER (modulus 11 check digit)',
  },
];

const { input, record } = defineRecord({
  type: 'child-death',
  title: 'Child death record',
  description:
    'A child death and its review by the child death review partners (Children Act 2004 s16M–16Q; Child Death Review statutory guidance 2018): notification, joint agency response, CDRM, CDOP review, category and modifiable factors.',
  shape: childDeathShape,
  rules: CHILD_DEATH_RULES,
});

export const ChildDeathInput = input;
export type ChildDeathInput = z.infer<typeof ChildDeathInput>;
export const ChildDeath = record;
export type ChildDeath = z.infer<typeof ChildDeath>;
