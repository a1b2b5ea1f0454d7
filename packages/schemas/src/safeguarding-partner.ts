import * as z from 'zod';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { BEFORE_2022_07_01, fieldIs, ifThen, ON_OR_AFTER_2022_07_01 } from './common/json-schema-rule.ts';
import { Organisation } from './common/organisation-identifier.ts';
import { personalData } from './common/personal-data.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';

/** The day integrated care boards replaced clinical commissioning groups (Health and Care Act 2022). */
export const ICB_START_DATE = '2022-07-01';

export const SafeguardingPartnerKind = describedEnum(
  {
    'local-authority': 'The local authority for the area (Children Act 2004 s16E).',
    police:
      'The chief officer of police for a police area that falls in the local authority area (Children Act 2004 s16E).',
    ccg: 'A clinical commissioning group for an area in the local authority area: only for periods before 1 July 2022.',
    icb: 'An integrated care board for an area in the local authority area: only from 1 July 2022 (Health and Care Act 2022).',
  },
  'Which of the three safeguarding partners this is.',
);

export type SafeguardingPartnerKind = (typeof SafeguardingPartnerKind.options)[number];

/** Which identifier scheme each kind of partner is coded with. */
const SCHEME_FOR_KIND: Record<SafeguardingPartnerKind, string> = {
  'local-authority': 'gss',
  police: 'police-force',
  ccg: 'ods',
  icb: 'ods',
};

export const safeguardingPartnerShape = {
  area: GssCode,
  kind: SafeguardingPartnerKind,
  organisation: Organisation.meta({
    description:
      'The partner organisation: GSS code for a council, police force area code for police, ODS code for a CCG or ICB.',
  }),
  leadRoleTitle: z.string().min(1, { error: 'cannot be empty' }).max(200).optional().meta({
    description:
      'Role of the lead safeguarding partner (wt2023 chapter 2), for example "Chief Executive" or "Chief Constable".',
  }),
  leadName: personalData(z.string().min(1).max(200).optional(), 'Name of the lead safeguarding partner.'),
  delegatedRoleTitle: z.string().min(1, { error: 'cannot be empty' }).max(200).optional().meta({
    description:
      'Role of the delegated safeguarding partner (wt2023 chapter 2), for example "Director of Children’s Services".',
  }),
  delegatedName: personalData(
    z.string().min(1).max(200).optional(),
    'Name of the delegated safeguarding partner.',
  ),
  from: IsoDate.meta({ description: 'First day this organisation was a safeguarding partner for the area.' }),
  to: IsoDate.optional().meta({ description: 'Last day it was a partner; omitted while it still is.' }),
};

const ERA_SOURCE = 'Health and Care Act 2022 s19 and Sch 4 (ICBs replaced CCGs on 1 July 2022)';

/**
 * Cross-field rules of a safeguarding partner. CCGs were abolished and ICBs established on
 * 1 July 2022, so each kind can only cover its own era; a date pattern is the JSON Schema form of
 * the date comparison.
 */
export const SAFEGUARDING_PARTNER_RULES: readonly RecordRule[] = [
  {
    code: 'SP-001',
    path: 'from',
    message:
      'cannot be before 2022-07-01 for an ICB: integrated care boards began on 1 July 2022 (use kind ccg for earlier periods)',
    when: [
      { field: 'kind', op: 'eq', value: 'icb' },
      { field: 'from', op: 'present' },
    ],
    require: [{ field: 'from', op: 'ge', value: ICB_START_DATE }],
    jsonSchema: ifThen(fieldIs('kind', 'icb'), { properties: { from: { pattern: ON_OR_AFTER_2022_07_01 } } }),
    source: ERA_SOURCE,
  },
  {
    code: 'SP-002',
    path: 'from',
    message:
      'must be before 2022-07-01 for a CCG: clinical commissioning groups ended on 30 June 2022 (use kind icb from then)',
    when: [
      { field: 'kind', op: 'eq', value: 'ccg' },
      { field: 'from', op: 'present' },
    ],
    require: [{ field: 'from', op: 'lt', value: ICB_START_DATE }],
    jsonSchema: ifThen(fieldIs('kind', 'ccg'), { properties: { from: { pattern: BEFORE_2022_07_01 } } }),
    source: ERA_SOURCE,
  },
  {
    code: 'SP-003',
    path: 'to',
    message: 'must be 2022-06-30 or earlier for a CCG: clinical commissioning groups ended on 30 June 2022',
    when: [
      { field: 'kind', op: 'eq', value: 'ccg' },
      { field: 'to', op: 'present' },
    ],
    require: [{ field: 'to', op: 'lt', value: ICB_START_DATE }],
    jsonSchema: ifThen(fieldIs('kind', 'ccg'), { properties: { to: { pattern: BEFORE_2022_07_01 } } }),
    source: ERA_SOURCE,
  },
  dateOrder('SP-004', 'from', 'to'),
  {
    code: 'SP-005',
    path: 'organisation.identifier.scheme',
    message: `must match the kind of partner: ${Object.entries(SCHEME_FOR_KIND)
      .map(([kind, scheme]) => `${scheme} for ${kind}`)
      .join(', ')}`,
    when: [
      { field: 'kind', op: 'present' },
      { field: 'organisation.identifier.scheme', op: 'present' },
    ],
    require: [
      {
        anyOf: Object.entries(SCHEME_FOR_KIND).map(([kind, scheme]) => [
          { field: 'kind', op: 'eq', value: kind },
          { field: 'organisation.identifier.scheme', op: 'eq', value: scheme },
        ]),
      },
    ],
    jsonSchema: {
      allOf: Object.entries(SCHEME_FOR_KIND).map(([kind, scheme]) =>
        ifThen(fieldIs('kind', kind), {
          properties: {
            organisation: { properties: { identifier: { properties: { scheme: { const: scheme } } } } },
          },
        }),
      ),
    },
  },
];

const { input, record } = defineRecord({
  type: 'safeguarding-partner',
  title: 'Safeguarding partner',
  description:
    'One of the three safeguarding partners for an area (Children Act 2004 s16E): the local authority, the chief officer of police, or the CCG (before 1 July 2022) or ICB (from 1 July 2022), with its lead and delegated roles.',
  shape: safeguardingPartnerShape,
  rules: SAFEGUARDING_PARTNER_RULES,
});

export const SafeguardingPartnerInput = input;
export type SafeguardingPartnerInput = z.infer<typeof SafeguardingPartnerInput>;
export const SafeguardingPartner = record;
export type SafeguardingPartner = z.infer<typeof SafeguardingPartner>;
