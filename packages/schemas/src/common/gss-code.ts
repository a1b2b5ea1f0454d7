import * as z from 'zod';

/**
 * GSS code of an English local authority with children's services: a unitary authority (E06),
 * metropolitan district (E08), London borough (E09) or county (E10). Districts (E07) have no
 * children's services, so no safeguarding partnership.
 */
export const GssCode = z
  .string()
  .regex(/^E(06|08|09|10)\d{6}$/, {
    error:
      'must be the GSS code of an English local authority with children’s services (E06, E08, E09 or E10 and six digits, for example E08000034)',
  })
  .meta({
    description: 'GSS code of the local authority, for example E08000034 (Kirklees).',
    examples: ['E08000034'],
  });

export type GssCode = z.infer<typeof GssCode>;
