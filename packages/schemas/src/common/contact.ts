import * as z from 'zod';
import { personalData } from './personal-data.ts';
import { whenPresent } from './when-present.ts';

/** A named professional to contact about a record. Names and contact details are personal data. */
export const Contact = z
  .strictObject({
    name: personalData(
      z.string().min(1, { error: 'cannot be empty' }).max(200).optional(),
      'Name of the person.',
    ),
    role: z
      .string()
      .min(1, { error: 'cannot be empty' })
      .max(200)
      .meta({ description: 'Job title or role, for example "Head of Service, Safeguarding".' }),
    email: personalData(
      z.email({ error: whenPresent('must be an email address') }).optional(),
      'Work email address.',
    ),
    telephone: personalData(
      z
        .string()
        .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'must be a telephone number of digits, spaces and brackets' })
        .optional(),
      'Work telephone number.',
    ),
  })
  .meta({
    description: 'A professional to contact: role always, name and contact details if given (personal data).',
  });

export type Contact = z.infer<typeof Contact>;
