import * as z from 'zod';
import { defineRecord } from './common/define-record.ts';
import { describedEnum } from './common/described-enum.ts';
import { GssCode } from './common/gss-code.ts';
import { IsoDate } from './common/iso-date.ts';
import { fieldIs, ifThen } from './common/json-schema-rule.ts';
import { Organisation } from './common/organisation-identifier.ts';
import { dateOrder, type RecordRule } from './common/record-rule.ts';
import { whenPresent } from './common/when-present.ts';

/** The four headings of the Schedule to SI 2018/789 (relevant agencies, given effect by regulation 18). */
export const ScheduleHeading = describedEnum(
  {
    'education-and-childcare':
      'Education and childcare: schools, academies, colleges, universities, registered childcare and children’s centres (Schedule paragraphs 1–14).',
    'health-and-social-care':
      'Health and social care: NHS England, NHS trusts and foundation trusts, CQC-registered providers, registered children’s social care providers.',
    'police-and-criminal-justice':
      'Police and criminal justice: British Transport Police, probation, youth offending teams, custodial establishments for young people.',
    other:
      'Other bodies in the Schedule, such as Cafcass; or, when not in the Schedule, any other body the partners involve.',
  },
  'Heading of the Schedule to SI 2018/789 the agency falls under.',
);

export type ScheduleHeading = (typeof ScheduleHeading.options)[number];

export const relevantAgencyShape = {
  area: GssCode,
  heading: ScheduleHeading,
  scheduleParagraph: z
    .number({ error: whenPresent('must be a whole number') })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 or more' })
    .max(60, { error: 'must be 60 or less' })
    .optional()
    .meta({
      description:
        'Paragraph of the Schedule to SI 2018/789, where known (for example 4: governing body of a maintained school).',
    }),
  organisation: Organisation.meta({
    description:
      'The agency: school URN, UKPRN, ODS code, Ofsted URN or another identifier where it has one.',
  }),
  inSchedule: z.boolean({ error: whenPresent('must be true or false') }).meta({
    description:
      'True if the body is in the Schedule, so under the duty to co-operate once named; false for a body the partners involve that is not under the duty.',
  }),
  named: IsoDate.meta({ description: 'Date the agency was named in the published arrangements.' }),
  removed: IsoDate.optional().meta({
    description: 'Date it was removed from the arrangements; omitted while it is still named.',
  }),
};

/** A Schedule paragraph only makes sense for a body in the Schedule; removal cannot precede naming. */
export const RELEVANT_AGENCY_RULES: readonly RecordRule[] = [
  {
    code: 'RA-001',
    path: 'scheduleParagraph',
    message: 'cannot be given for a body that is not in the Schedule (inSchedule is false)',
    when: [{ field: 'inSchedule', op: 'eq', value: false }],
    require: [{ field: 'scheduleParagraph', op: 'absent' }],
    jsonSchema: ifThen(fieldIs('inSchedule', false), { not: { required: ['scheduleParagraph'] } }),
  },
  dateOrder('RA-002', 'named', 'removed', 'the date it was named'),
];

const { input, record } = defineRecord({
  type: 'relevant-agency',
  title: 'Relevant agency',
  description:
    'A body the safeguarding partners name in their arrangements (Children Act 2004 s16G; Schedule to SI 2018/789). Once named, a relevant agency must co-operate with the arrangements.',
  shape: relevantAgencyShape,
  rules: RELEVANT_AGENCY_RULES,
});

export const RelevantAgencyInput = input;
export type RelevantAgencyInput = z.infer<typeof RelevantAgencyInput>;
export const RelevantAgency = record;
export type RelevantAgency = z.infer<typeof RelevantAgency>;
