import type { PublishedRule } from '@safeguarding/schemas';

/**
 * What the validator knows of one field from the published JSON Schema: its type, and for the
 * spreadsheet convention and the report, whether it holds personal data. A union of objects
 * (an organisation identifier, a publication) is merged into one object of all its fields.
 */
export type FieldShape =
  | { type: 'string'; format?: string; personal?: true }
  | { type: 'number' | 'integer' | 'boolean'; personal?: true }
  | { type: 'array'; items: FieldShape; maxItems?: number; personal?: true }
  | { type: 'object'; properties: Record<string, FieldShape>; personal?: true };

/** Everything the validator derives at build time from one committed schema. */
export type SchemaFacts = {
  /** The schema's `$id` and `x-schema-version`. */
  id: string;
  version: string;
  title: string;
  shape: Extract<FieldShape, { type: 'object' }>;
  /** The coded rules, exactly as the schema publishes them in `x-rules`. */
  rules: PublishedRule[];
  /** Where each rule's JSON Schema form sits (`#/allOf/2`): ajv errors inside it belong to the rule. */
  ruleLocations: Record<string, string>;
  /** What a value failing a `pattern` means, by the pattern's schema location. */
  patternMessages: Record<string, string>;
  /** A valid record, from the published examples, for templates. */
  example: Record<string, unknown>;
};
