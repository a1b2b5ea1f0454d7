import type * as z from 'zod';
import type { PublishedRule } from '../common/define-record.ts';
import { SCHEMA_VERSION } from '../schema-version.ts';
import { GENERATED_NOTICE } from './json-schema-document.ts';

export type RulesDocumentRule = PublishedRule & { schemas: string[] };

/** The `x-rules` a schema publishes (its own rules and those of records it embeds). */
export function rulesOf(schema: z.ZodType): PublishedRule[] {
  const rules = schema.meta()?.['x-rules'];
  return Array.isArray(rules) ? (rules as PublishedRule[]) : [];
}

/**
 * `schemas/rules.json`: every coded rule once per place it applies, with the schema ids it applies
 * to. A rule published identically by several schemas (the input and the stored shape) is one
 * entry listing both.
 */
export function rulesDocument(schemas: Record<string, z.ZodType>) {
  const entries = new Map<string, RulesDocumentRule>();
  for (const [id, schema] of Object.entries(schemas)) {
    for (const rule of rulesOf(schema)) {
      const key = JSON.stringify(rule);
      const entry = entries.get(key);
      if (entry) entry.schemas.push(id);
      else entries.set(key, { ...rule, schemas: [id] });
    }
  }
  return {
    $comment: GENERATED_NOTICE,
    version: SCHEMA_VERSION,
    description:
      'The coded cross-field rules of the published record schemas. A rule applies to a record of any schema in its schemas list; it is broken when every condition in when holds and at least one condition in require does not. Fields are dotted paths; * stands for each item of one list. See README.md for what each op means and for Python and R code that applies these rules.',
    rules: [...entries.values()],
  };
}
