import * as z from 'zod';
import { IsoDateTime } from './iso-date.ts';
import { whenPresent } from './when-present.ts';

/** What the store adds to every record: its id, its version (for If-Match) and its timestamps. */
export const recordMetadataFields = {
  id: z
    .string()
    .min(1, { error: 'cannot be empty' })
    .max(100)
    .meta({ description: 'Identifier the store gave the record.' }),
  version: z
    .number({ error: whenPresent('must be a whole number') })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be 1 or more' })
    .meta({ description: 'Version of the record: 1 when created, one more on every change.' }),
  createdAt: IsoDateTime.meta({ description: 'When the record was first stored (RFC 3339 date-time).' }),
  updatedAt: IsoDateTime.meta({ description: 'When the record was last changed (RFC 3339 date-time).' }),
};
