/**
 * The engine and record validation without a server: the browser-safe entries of
 * @safeguarding/rules, @safeguarding/schemas and @safeguarding/validator, for a page or a script that
 * must not send case details anywhere. `validate` runs the same checks, and gives the same report,
 * as the API's validate route and `safeguarding validate`.
 */
import { todayInLondon } from '@safeguarding/rules';
import { SCHEMA_IDS, validate as validateInput } from '@safeguarding/validator';
import type { SchemaId, ValidationReport } from './types.ts';

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

/**
 * Checks one record or a list against a record schema, as `sg.validate` does on the server: the
 * published JSON Schema, the coded rules and the statutory timescales (as of `asOf`, default today
 * in England), with the same report. Nothing leaves the machine.
 */
export async function validate(
  schemaId: SchemaId,
  data: unknown,
  options: { asOf?: string } = {},
): Promise<ValidationReport> {
  if (!SCHEMA_IDS.includes(schemaId)) {
    throw new TypeError(`${schemaId} is not a record schema id, such as serious-incident-input.`);
  }
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  return (await validateInput(
    { name: 'data', format: 'json', bytes },
    { schemaId, asOf: options.asOf ?? todayInLondon(new Date()) },
  )) as ValidationReport;
}
