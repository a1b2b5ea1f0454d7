import * as z from 'zod';

/**
 * How a record identifies a child: the local authority's own case reference, never a name. It is
 * pseudonymous, so it is still personal data and is marked as such.
 */
export const LocalChildReference = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}$/, {
    error:
      'must be a local case reference of up to 64 letters, digits, dashes, dots, slashes or underscores, for example LA-REF-0001',
  })
  .meta({
    description: 'The local authority’s case reference for the child, for example LA-REF-0001. Never a name.',
    examples: ['LA-REF-0001'],
    'x-personal-data': true,
  });

export type LocalChildReference = z.infer<typeof LocalChildReference>;
