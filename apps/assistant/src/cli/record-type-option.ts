import { SCHEMA_IDS } from '@safeguarding/validator';
import { shown } from './argument-checks.ts';
import { UsageError } from './usage-error.ts';

/** `--type`: a record schema id, the stored shape (serious-incident) or its -input shape. */
export function requireRecordType(value: string | undefined): string {
  if (value === undefined) {
    throw new UsageError(`--type is needed: the record type, one of ${SCHEMA_IDS.join(', ')}`);
  }
  if (!SCHEMA_IDS.includes(value)) {
    throw new UsageError(`--type must be one of ${SCHEMA_IDS.join(', ')} (got ${shown(value)})`);
  }
  return value;
}
