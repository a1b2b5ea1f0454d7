/**
 * Cross-field rules that JSON Schema can express too, so data teams validating with plain JSON
 * Schema catch them without our code. They go into a schema's meta and from there into the
 * generated file. Rules JSON Schema cannot express (comparing two dates) stay in zod only.
 */
export type JsonSchemaFragment = Record<string, unknown>;

/** `if` the condition holds, `then` the consequence must hold (and `else` the alternative, if given). */
export function ifThen(
  condition: JsonSchemaFragment,
  consequence: JsonSchemaFragment,
  alternative?: JsonSchemaFragment,
): JsonSchemaFragment {
  // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword then, not a promise
  const rule: JsonSchemaFragment = { if: condition, then: consequence };
  if (alternative !== undefined) rule.else = alternative;
  return rule;
}

/** The object's `field` equals `value` (and is present). */
export function fieldIs(field: string, value: unknown): JsonSchemaFragment {
  return { properties: { [field]: { const: value } }, required: [field] };
}

/** The object's `field` is one of `values` (and is present). */
export function fieldIn(field: string, values: readonly unknown[]): JsonSchemaFragment {
  return { properties: { [field]: { enum: values } }, required: [field] };
}

/** A YYYY-MM-DD string on or after 2022-07-01 (compared as text, which orders such dates). */
export const ON_OR_AFTER_2022_07_01 = '^(2022-(0[7-9]|1[0-2])|202[3-9]-|20[3-9][0-9]-|2[1-9][0-9]{2}-)';

/** A YYYY-MM-DD string before 2022-07-01. */
export const BEFORE_2022_07_01 = '^([01][0-9]{3}-|20[01][0-9]-|202[01]-|2022-0[1-6]-)';

/** A YYYY-MM-DD string on or before 2019-09-29. */
export const ON_OR_BEFORE_2019_09_29 =
  '^([01][0-9]{3}-|200[0-9]-|201[0-8]-|2019-0[1-8]-|2019-09-([01][0-9]|2[0-9]))';
