import * as z from 'zod';
import { checkDateOrder } from './common/date-order.ts';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { BEFORE_2022_07_01, fieldIs, ifThen, ON_OR_AFTER_2022_07_01 } from './common/json-schema-rule.ts';
import { Organisation } from './common/organisation-identifier.ts';
import { personalData } from './common/personal-data.ts';

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

/**
 * Cross-field rules of a safeguarding partner. CCGs were abolished and ICBs established on
 * 1 July 2022 (Health and Care Act 2022 s19 and Sch 4), so each kind can only cover its own era.
 */
export function checkSafeguardingPartner(
  partner: {
    kind: SafeguardingPartnerKind;
    from: string;
    to?: string | undefined;
    organisation: z.infer<typeof Organisation>;
  },
  ctx: z.RefinementCtx,
  at: readonly (string | number)[] = [],
): void {
  if (partner.kind === 'icb' && partner.from < ICB_START_DATE) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'from'],
      message: `cannot be before 2022-07-01 for an ICB: integrated care boards began on 1 July 2022 (use kind ccg for earlier periods)`,
    });
  }
  if (partner.kind === 'ccg' && partner.from >= ICB_START_DATE) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'from'],
      message:
        'must be before 2022-07-01 for a CCG: clinical commissioning groups ended on 30 June 2022 (use kind icb from then)',
    });
  }
  if (partner.kind === 'ccg' && partner.to !== undefined && partner.to >= ICB_START_DATE) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'to'],
      message: 'must be 2022-06-30 or earlier for a CCG: clinical commissioning groups ended on 30 June 2022',
    });
  }
  checkDateOrder(partner, ctx, [{ earlier: ['from'], later: ['to'], earlierLabel: 'from' }], at);
  const scheme = partner.organisation.identifier?.scheme;
  if (scheme !== undefined && scheme !== SCHEME_FOR_KIND[partner.kind]) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'organisation', 'identifier', 'scheme'],
      message: `must be ${SCHEME_FOR_KIND[partner.kind]} for a ${partner.kind} partner`,
    });
  }
}

/** The same era and identifier rules, as JSON Schema: a date pattern stands in for the date comparison. */
function safeguardingPartnerJsonSchemaRules() {
  const schemeRules = Object.entries(SCHEME_FOR_KIND).map(([kind, scheme]) =>
    ifThen(fieldIs('kind', kind), {
      properties: {
        organisation: { properties: { identifier: { properties: { scheme: { const: scheme } } } } },
      },
    }),
  );
  return [
    ifThen(fieldIs('kind', 'icb'), { properties: { from: { pattern: ON_OR_AFTER_2022_07_01 } } }),
    ifThen(fieldIs('kind', 'ccg'), {
      properties: { from: { pattern: BEFORE_2022_07_01 }, to: { pattern: BEFORE_2022_07_01 } },
    }),
    ...schemeRules,
  ];
}

const { input, record } = defineRecord({
  type: 'safeguarding-partner',
  title: 'Safeguarding partner',
  description:
    'One of the three safeguarding partners for an area (Children Act 2004 s16E): the local authority, the chief officer of police, or the CCG (before 1 July 2022) or ICB (from 1 July 2022), with its lead and delegated roles.',
  shape: safeguardingPartnerShape,
  check: (partner, ctx) => checkSafeguardingPartner(partner, ctx),
  rulesOnlyCheckedByTheToolkit: ['to cannot be before from'],
  jsonSchema: { allOf: safeguardingPartnerJsonSchemaRules() },
});

export const SafeguardingPartnerInput = input;
export type SafeguardingPartnerInput = z.infer<typeof SafeguardingPartnerInput>;
export const SafeguardingPartner = record;
export type SafeguardingPartner = z.infer<typeof SafeguardingPartner>;
