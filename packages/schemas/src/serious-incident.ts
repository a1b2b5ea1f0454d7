import * as z from 'zod';
import { AbuseOrNeglect, IncidentLocation } from './case-facts.ts';
import { Contact } from './common/contact.ts';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIn, fieldIs, ifThen } from './common/json-schema-rule.ts';
import { ADULTHOOD_AGE, CARE_LEAVER_AGE_LIMIT } from './common/legal-ages.ts';
import { LocalChildReference } from './common/local-child-reference.ts';
import { personalData } from './common/personal-data.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';
import { Sex } from './common/sex.ts';
import { whenPresent } from './common/when-present.ts';

/** The national notification form takes up to four children; any more go in free text. */
export const MAX_CHILDREN_PER_NOTIFICATION = 4;

export const IncidentType = describedEnum(
  {
    death: 'A child died and abuse or neglect is known or suspected (Children Act 2004 s16C(1)).',
    'serious-harm': 'A child was seriously harmed and abuse or neglect is known or suspected (s16C(1)).',
    'looked-after-child-death':
      'A looked-after child died, whatever the cause (notified to Ofsted and the Secretary of State).',
    'care-leaver-death':
      'A care leaver under 25 died (notified to the Panel, Ofsted and the Secretary of State).',
  },
  'What is being notified.',
);

export type IncidentType = (typeof IncidentType.options)[number];

export const NotifiedHarm = describedEnum(
  {
    death: 'The child died (a suspected suicide counts as a death).',
    'serious-harm':
      'The child was seriously harmed: serious or long-term impairment of physical or mental health or of development.',
  },
  'What happened to the child; matches incident.harm in case facts.',
);

export const LegalStatus = describedEnum(
  {
    'looked-after': 'Looked after by a local authority.',
    'child-protection-plan': 'Subject to a child protection plan.',
    'child-in-need': 'A child in need (Children Act 1989 s17), without a child protection plan.',
    'care-leaver': 'A care leaver.',
    none: 'None of these.',
  },
  'The child’s legal status at the time of the incident.',
);

export const NotifiedChild = z
  .strictObject({
    reference: LocalChildReference,
    ageYears: z
      .number({ error: whenPresent('must be a number of whole years') })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'cannot be negative' })
      .max(CARE_LEAVER_AGE_LIMIT - 1, { error: `must be under ${CARE_LEAVER_AGE_LIMIT}` })
      .optional()
      .meta({ description: 'Age in whole years at the time of the incident. Give this or dateOfBirth.' }),
    dateOfBirth: personalData(IsoDate.optional(), 'Date of birth. Give this or ageYears.'),
    sex: personalData(Sex.optional(), 'Sex of the child as recorded.'),
    ethnicity: personalData(
      z.string().min(1, { error: 'cannot be empty' }).max(100).optional(),
      'Ethnicity as recorded locally, for example a census category or a DfE ethnicity code such as WBRI.',
    ),
    legalStatus: z
      .array(LegalStatus)
      .min(1, { error: 'must list at least one status (use none)' })
      .optional()
      .meta({ description: 'Legal status at the time: all that apply.' }),
    disability: personalData(
      z.boolean({ error: whenPresent('must be true or false') }).optional(),
      'The child has a disability.',
    ),
    healthSummary: personalData(
      z.string().min(1, { error: 'cannot be empty' }).max(2000).optional(),
      'Short summary of relevant health information.',
    ),
  })
  .meta({
    description:
      'A child the notification is about, identified by local reference, never by name. Give ageYears or dateOfBirth.',
  });

export type NotifiedChild = z.infer<typeof NotifiedChild>;

export const seriousIncidentShape = {
  area: GssCode.meta({ description: 'GSS code of the notifying local authority.' }),
  notifier: Contact.meta({ description: 'Who notified, and how to reach them (personal data).' }),
  incidentType: IncidentType,
  harm: NotifiedHarm,
  abuseOrNeglect: AbuseOrNeglect,
  location: IncidentLocation,
  incidentDate: personalData(IsoDate, 'Date of the incident (or of the death).'),
  incidentTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM, for example 14:05' })
    .optional()
    .meta({ description: 'Time of the incident if known, HH:MM (Europe/London).' }),
  laBecameAware: IsoDate.meta({ description: 'Date the local authority became aware of the incident.' }),
  children: z
    .array(NotifiedChild)
    .min(1, { error: 'must list at least one child' })
    .max(MAX_CHILDREN_PER_NOTIFICATION, {
      error: `can list at most ${MAX_CHILDREN_PER_NOTIFICATION} children: describe any further children in furtherChildren`,
    })
    .meta({ description: 'The children the incident is about: one to four.' }),
  furtherChildren: personalData(
    z.string().min(1, { error: 'cannot be empty' }).max(2000).optional(),
    'Further children beyond the first four, in free text.',
  ),
  caseOutline: personalData(
    z.string().min(1, { error: 'cannot be empty' }).max(4000),
    'Short outline of the case and what happened.',
  ),
  agenciesInvolved: z
    .array(z.string().min(1, { error: 'cannot be empty' }).max(200))
    .optional()
    .meta({ description: 'Agencies involved with the child or family, by name.' }),
  policeInvestigating: z
    .boolean({ error: whenPresent('must be true or false') })
    .optional()
    .meta({ description: 'The police are investigating.' }),
  panelNotified: IsoDate.optional().meta({
    description: 'Date the Child Safeguarding Practice Review Panel was notified.',
  }),
  partnersNotified: IsoDate.optional().meta({ description: 'Date the safeguarding partners were told.' }),
  ofstedNotified: IsoDate.optional().meta({ description: 'Date Ofsted was notified.' }),
  secretaryOfStateNotified: IsoDate.optional().meta({
    description: 'Date the Secretary of State (DfE) was notified.',
  }),
  rapidReviewThresholdMet: z
    .boolean({ error: whenPresent('must be true or false') })
    .optional()
    .meta({
      description:
        'The safeguarding partners consider that the incident meets the criteria for a rapid review.',
    }),
};

const DEATHS: readonly IncidentType[] = ['death', 'looked-after-child-death', 'care-leaver-death'];

/**
 * Cross-field rules of a notification, each from what the guidance says must be notified
 * (Children Act 2004 s16C; wt2023 chapter 5) or from the order events happen in.
 */
export const SERIOUS_INCIDENT_RULES: readonly RecordRule[] = [
  {
    code: 'SI-001',
    path: 'harm',
    message: `must be death when incidentType is ${DEATHS.join(', ')}`,
    when: [
      { field: 'incidentType', op: 'in', value: DEATHS },
      { field: 'harm', op: 'present' },
    ],
    require: [{ field: 'harm', op: 'eq', value: 'death' }],
    jsonSchema: ifThen(fieldIn('incidentType', DEATHS), { properties: { harm: { const: 'death' } } }),
  },
  {
    code: 'SI-002',
    path: 'harm',
    message: 'must be serious-harm when incidentType is serious-harm',
    when: [
      { field: 'incidentType', op: 'eq', value: 'serious-harm' },
      { field: 'harm', op: 'present' },
    ],
    require: [{ field: 'harm', op: 'eq', value: 'serious-harm' }],
    jsonSchema: ifThen(fieldIs('incidentType', 'serious-harm'), {
      properties: { harm: { const: 'serious-harm' } },
    }),
  },
  {
    code: 'SI-003',
    path: 'children.*.ageYears',
    message: 'is required unless dateOfBirth is given',
    when: [],
    require: [
      {
        anyOf: [
          [{ field: 'children.*.ageYears', op: 'present' }],
          [{ field: 'children.*.dateOfBirth', op: 'present' }],
        ],
      },
    ],
    jsonSchema: {
      properties: {
        children: { items: { anyOf: [{ required: ['ageYears'] }, { required: ['dateOfBirth'] }] } },
      },
    },
  },
  {
    code: 'SI-004',
    path: 'children.*.ageYears',
    message: `is required for a care leaver’s death: only deaths of care leavers under ${CARE_LEAVER_AGE_LIMIT} are notified`,
    when: [{ field: 'incidentType', op: 'eq', value: 'care-leaver-death' }],
    require: [{ field: 'children.*.ageYears', op: 'present' }],
    jsonSchema: ifThen(fieldIs('incidentType', 'care-leaver-death'), {
      properties: { children: { items: { required: ['ageYears'] } } },
    }),
    source: 'wt2023 chapter 5',
  },
  {
    code: 'SI-005',
    path: 'children.*.ageYears',
    message: `must be under ${ADULTHOOD_AGE} unless incidentType is care-leaver-death`,
    when: [
      { field: 'incidentType', op: 'ne', value: 'care-leaver-death' },
      { field: 'children.*.ageYears', op: 'present' },
    ],
    require: [{ field: 'children.*.ageYears', op: 'lt', value: ADULTHOOD_AGE }],
    jsonSchema: ifThen(
      { properties: { incidentType: { not: { const: 'care-leaver-death' } } }, required: ['incidentType'] },
      {
        properties: {
          children: { items: { properties: { ageYears: { exclusiveMaximum: ADULTHOOD_AGE } } } },
        },
      },
    ),
    source: 'ca2004 s65 (a child is a person under 18)',
  },
  {
    code: 'SI-006',
    path: 'children.*.dateOfBirth',
    message: 'cannot be after incidentDate',
    when: [
      { field: 'children.*.dateOfBirth', op: 'present' },
      { field: 'incidentDate', op: 'present' },
    ],
    require: [{ field: 'children.*.dateOfBirth', op: 'le', other: 'incidentDate' }],
  },
  dateOrder('SI-007', 'incidentDate', 'laBecameAware'),
  dateOrder('SI-008', 'laBecameAware', 'panelNotified'),
  dateOrder('SI-009', 'laBecameAware', 'partnersNotified'),
  dateOrder('SI-010', 'laBecameAware', 'ofstedNotified'),
  dateOrder('SI-011', 'laBecameAware', 'secretaryOfStateNotified'),
];

const { input, record } = defineRecord({
  type: 'serious-incident',
  title: 'Serious incident notification',
  description:
    'A serious incident notification by a local authority (Children Act 2004 s16C; wt2023 chapter 5): one per incident, up to four children, with the dates it was sent to the Panel, the safeguarding partners, Ofsted and the Secretary of State.',
  shape: seriousIncidentShape,
  rules: SERIOUS_INCIDENT_RULES,
});

export const SeriousIncidentInput = input;
export type SeriousIncidentInput = z.infer<typeof SeriousIncidentInput>;
export const SeriousIncident = record;
export type SeriousIncident = z.infer<typeof SeriousIncident>;
