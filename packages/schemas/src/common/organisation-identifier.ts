import * as z from 'zod';
import { describedEnum } from './described-enum.ts';
import { GssCode } from './gss-code.ts';
import { unknownTag } from './when-present.ts';

/** GSS code of a police force area (ONS geography E23), used for a chief officer of police. */
export const PoliceForceCode = z
  .string()
  .regex(/^E23\d{6}$/, {
    error: 'must be the GSS code of a police force area (E23 and six digits, for example E23000010)',
  })
  .meta({ description: 'GSS code of the police force area, E23 and six digits.', examples: ['E23000010'] });

/**
 * NHS Organisation Data Service code: three characters for an ICB, a former CCG or an NHS trust
 * (ICB codes start with Q), up to six for other NHS bodies such as GP practices.
 */
export const OdsCode = z
  .string()
  .regex(/^[A-Z0-9]{3,6}$/, {
    error: 'must be an NHS ODS code: 3 to 6 capital letters or digits, for example QWO or RR8',
  })
  .meta({
    description: 'NHS Organisation Data Service (ODS) code, for example QWO (an ICB) or RR8 (a trust).',
    examples: ['QWO'],
  });

/** Unique reference number of a school or college in Get Information about Schools: six digits. */
export const SchoolUrn = z
  .string()
  .regex(/^\d{6}$/, { error: 'must be a school URN: six digits, for example 107654' })
  .meta({
    description: 'Unique reference number (URN) of a school or college, six digits.',
    examples: ['107654'],
  });

/** UK Provider Reference Number of a learning provider: eight digits starting with 1. */
export const Ukprn = z
  .string()
  .regex(/^1\d{7}$/, { error: 'must be a UKPRN: eight digits starting with 1, for example 10001234' })
  .meta({
    description: 'UK Provider Reference Number (UKPRN) of a learning provider, eight digits starting with 1.',
    examples: ['10001234'],
  });

/** Ofsted unique reference number of a registered provider: EY (early years) or SC (social care) and six digits, or six or seven digits. */
export const OfstedUrn = z
  .string()
  .regex(/^((EY|SC)\d{6}|\d{6,7})$/, {
    error: 'must be an Ofsted URN: EY or SC and six digits, or six or seven digits, for example SC123456',
  })
  .meta({
    description: 'Ofsted unique reference number of a registered provider, for example SC123456 or EY123456.',
    examples: ['SC123456'],
  });

export const IdentifierScheme = describedEnum(
  {
    gss: 'GSS code of a local authority (E06, E08, E09 or E10 and six digits).',
    'police-force': 'GSS code of a police force area (E23 and six digits).',
    ods: 'NHS Organisation Data Service code (ICB, CCG, NHS trust and other NHS bodies).',
    urn: 'Unique reference number of a school or college (Get Information about Schools).',
    ukprn: 'UK Provider Reference Number of a learning provider.',
    'ofsted-urn':
      'Ofsted unique reference number of a registered provider (childcare, children’s homes, agencies).',
    other: 'Any other identifier, for a body without one of the codes above.',
  },
  'Which coding scheme the identifier belongs to.',
);

export type IdentifierScheme = (typeof IdentifierScheme.options)[number];

/** An organisation's code, tagged with its scheme so the value's format can be checked. */
export const OrganisationIdentifier = z
  .discriminatedUnion(
    'scheme',
    [
      z.strictObject({
        scheme: z.literal('gss').meta({ description: 'GSS code of a local authority.' }),
        value: GssCode,
      }),
      z.strictObject({
        scheme: z.literal('police-force').meta({ description: 'GSS code of a police force area.' }),
        value: PoliceForceCode,
      }),
      z.strictObject({ scheme: z.literal('ods').meta({ description: 'NHS ODS code.' }), value: OdsCode }),
      z.strictObject({
        scheme: z.literal('urn').meta({ description: 'School or college URN.' }),
        value: SchoolUrn,
      }),
      z.strictObject({
        scheme: z.literal('ukprn').meta({ description: 'UK Provider Reference Number.' }),
        value: Ukprn,
      }),
      z.strictObject({
        scheme: z.literal('ofsted-urn').meta({ description: 'Ofsted URN.' }),
        value: OfstedUrn,
      }),
      z.strictObject({
        scheme: z.literal('other').meta({ description: 'Another identifier.' }),
        value: z
          .string()
          .min(1, { error: 'cannot be empty' })
          .max(100)
          .meta({ description: 'The identifier, as the body uses it.' }),
      }),
    ],
    { error: unknownTag(IdentifierScheme.options) },
  )
  .meta({ description: 'An organisation code and the scheme it belongs to.' });

export type OrganisationIdentifier = z.infer<typeof OrganisationIdentifier>;

/** An organisation: its name and, where it has one, its code. */
export const Organisation = z
  .strictObject({
    name: z
      .string()
      .min(1, { error: 'cannot be empty' })
      .max(200)
      .meta({ description: 'Name of the organisation.' }),
    identifier: OrganisationIdentifier.optional(),
  })
  .meta({ description: 'An organisation, by name and (where it has one) code.' });

export type Organisation = z.infer<typeof Organisation>;
