import * as z from 'zod';
import { brokenRules, prepareRules } from './evaluate-rule.ts';
import { recordMetadataFields } from './record-metadata.ts';
import { type FieldPath, type RecordRule, ruleFields } from './record-rule.ts';

/** A stored record cannot be changed before it was created (offsets differ, so compare instants, not text). */
export const TIMESTAMP_RULE: RecordRule = {
  code: 'REC-001',
  path: 'updatedAt',
  message: 'cannot be before createdAt',
  when: [
    { field: 'updatedAt', op: 'present' },
    { field: 'createdAt', op: 'present' },
  ],
  require: [{ field: 'updatedAt', op: 'ge', other: 'createdAt', compare: 'instant' }],
};

/** How a rule is published in `x-rules` and `schemas/rules.json`: language-neutral, with the sentence to show. */
export type PublishedRule = {
  code: string;
  message: string;
  path: FieldPath;
  fields: FieldPath[];
  when: RecordRule['when'];
  require: RecordRule['require'];
  /** True when the JSON Schema checks this rule too, so a JSON Schema validator alone catches it. */
  jsonSchema: boolean;
  source?: string;
};

export function publishedRule(rule: RecordRule): PublishedRule {
  return {
    code: rule.code,
    message: `${rule.path} ${rule.message}.`,
    path: rule.path,
    fields: ruleFields(rule),
    when: rule.when,
    require: rule.require,
    jsonSchema: rule.jsonSchema !== undefined,
    ...(rule.source === undefined ? {} : { source: rule.source }),
  };
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * The zod form of a rule set: one issue per broken rule, on the rule's field, carrying the rule's
 * code in `params.rule`. A rule whose fields already have an error (a malformed date, say) is not
 * reported again.
 */
function checkRules(rules: readonly RecordRule[]) {
  const prepared = prepareRules(rules);
  return (value: unknown, ctx: z.RefinementCtx) => {
    const broken = brokenRules(prepared, value);
    if (broken.length === 0) return;
    const faulty = (ctx as { issues?: { path?: PropertyKey[] }[] }).issues?.map((issue) =>
      pathKey(issue.path ?? []),
    );
    for (const { rule, path, fields } of broken) {
      if (faulty?.some((key) => fields.some((field) => key === field || key.startsWith(`${field}.`))))
        continue;
      ctx.addIssue({ code: 'custom', path, message: rule.message, params: { rule: rule.code } });
    }
  };
}

/** The rule codes of an issue list's custom issues, for callers that want the code beside the message. */
export function ruleCodeOf(issue: { code?: string; params?: Record<string, unknown> }): string | undefined {
  const rule = issue.code === 'custom' ? issue.params?.rule : undefined;
  return typeof rule === 'string' ? rule : undefined;
}

/** Rules of a record embedded in a list field of this one (a partnership's partners), as this record publishes them. */
export type EmbeddedRules = { at: FieldPath; rules: readonly RecordRule[] };

function schemaMeta(rules: readonly RecordRule[], published: readonly RecordRule[]) {
  const expressible = rules.filter((rule) => rule.jsonSchema !== undefined);
  const toolkitOnly = published.filter((rule) => rule.jsonSchema === undefined);
  return {
    note:
      toolkitOnly.length === 0
        ? ''
        : ` The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): ${toolkitOnly
            .map((rule) => `${rule.code} ${rule.path} ${rule.message}`)
            .join('; ')}.`,
    json: {
      ...(expressible.length === 0
        ? {}
        : { allOf: expressible.map((rule) => ({ 'x-rule': rule.code, ...rule.jsonSchema })) }),
      'x-rules': published.map(publishedRule),
    },
  };
}

/**
 * Builds the two schemas of one record type from one field list and one list of coded rules:
 * `<type>-input` (the create or replace body) and `<type>` (the stored record, which adds id,
 * version and timestamps, and the rule that it cannot be updated before it was created). Both
 * reject unknown fields.
 */
export function defineRecord<const Shape extends z.ZodRawShape>(spec: {
  type: string;
  title: string;
  description: string;
  shape: Shape;
  rules: readonly RecordRule[];
  /** Rules of embedded records, published with this record's rules (their schemas check them). */
  embedded?: readonly EmbeddedRules[];
}) {
  const embedded = (spec.embedded ?? []).flatMap(({ at, rules }) => rules.map((rule) => embedRule(rule, at)));
  const inputRules = spec.rules;
  const recordRules = [...spec.rules, TIMESTAMP_RULE];
  const inputMeta = schemaMeta(inputRules, [...inputRules, ...embedded]);
  const recordMeta = schemaMeta(recordRules, [...recordRules, ...embedded]);
  const input = z
    .strictObject(spec.shape)
    .superRefine(checkRules(inputRules))
    .meta({
      id: `${spec.type}-input`,
      title: `${spec.title} (input)`,
      description: `${spec.description} This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt.${inputMeta.note}`,
      ...inputMeta.json,
    });
  const record = z
    .strictObject({ ...recordMetadataFields, ...spec.shape })
    .superRefine(checkRules(recordRules))
    .meta({
      id: spec.type,
      title: spec.title,
      description: `${spec.description}${recordMeta.note}`,
      ...recordMeta.json,
    });
  return { input, record, rules: inputRules, recordRules: [...recordRules, ...embedded] };
}

function embedRule(rule: RecordRule, at: FieldPath): RecordRule {
  const prefix = (field: FieldPath) => `${at}.*.${field}`;
  const move = (conditions: RecordRule['when']): RecordRule['when'] =>
    conditions.map((condition) => {
      if ('anyOf' in condition) return { anyOf: condition.anyOf.map(move) };
      const moved = { ...condition, field: prefix(condition.field) };
      if ('other' in moved) moved.other = prefix(moved.other);
      return moved;
    }) as RecordRule['when'];
  return { ...rule, path: prefix(rule.path), when: move(rule.when), require: move(rule.require) };
}
