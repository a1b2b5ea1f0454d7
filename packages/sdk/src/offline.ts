/**
 * The engine and record validation without a server: the browser-safe entries of
 * @safeguarding/rules and @safeguarding/schemas, for a page or a script that must not send case
 * details anywhere.
 */
import { explainIssues, RECORD_REGISTRY, type RecordRegistryEntry } from '@safeguarding/schemas';
import type { SchemaId, ValidationProblem, ValidationReport } from './types.ts';

export {
  calendar,
  catalogue,
  FactsError,
  factsFromCase,
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromRapidReview,
  factsFromSeriousIncident,
  nextActions,
} from '@safeguarding/rules';
export { explainIssues, PUBLISHED_SCHEMAS, RECORD_REGISTRY } from '@safeguarding/schemas';

const SCHEMAS = new Map(
  RECORD_REGISTRY.flatMap((entry: RecordRegistryEntry) => [
    [entry.id, entry.record],
    [`${entry.id}-input`, entry.input],
  ]),
);

/**
 * Checks one record or a list against a record schema, as `sg.validate` does on the server, and
 * answers the same report. Nothing leaves the machine.
 * TODO(validator): answer from @safeguarding/validator (coded rules, timeliness) once it exists.
 */
export function validate(schemaId: SchemaId, data: unknown): ValidationReport {
  const schema = SCHEMAS.get(schemaId);
  if (!schema) throw new TypeError(`${schemaId} is not a record schema id, such as serious-incident-input.`);
  const list = Array.isArray(data);
  const records: unknown[] = list ? data : [data];
  const problems: ValidationProblem[] = [];
  let invalid = 0;
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return;
    invalid++;
    for (const error of explainIssues(result.error)) {
      problems.push({
        severity: 'error',
        code: 'invalid',
        message: `${error.path === '' ? 'The record' : error.path} ${error.message}.`,
        file: 'data',
        path: `${list ? `/${index}` : ''}${error.pointer}`,
      });
    }
  });
  return {
    summary: {
      records: records.length,
      valid: records.length - invalid,
      invalid,
      errors: problems.length,
      warnings: 0,
    },
    problems,
  };
}
