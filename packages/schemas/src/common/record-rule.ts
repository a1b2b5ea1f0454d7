/**
 * A cross-field rule of a record, declared once as data. The zod check, the JSON Schema form
 * (where JSON Schema can express it), the `x-rules` entry, `schemas/rules.json` and the sentence in
 * each schema's description all come from this one declaration, so the rule reads the same to a
 * TypeScript caller, a JSON Schema validator and a data team applying `rules.json` in Python or R.
 *
 * Fields are dotted paths (`children.*.ageYears`); `*` stands for each item of one list, and a
 * rule names at most one list. A rule is broken when every `when` condition holds and at least one
 * `require` condition does not.
 */
export type FieldPath = string;

type Scalar = string | number | boolean;

export type Condition =
  /** The field has a value (`absent`: it has none). */
  | { field: FieldPath; op: 'present' | 'absent' }
  /** The field equals a value (`ne`: is present and differs from it). */
  | { field: FieldPath; op: 'eq' | 'ne'; value: Scalar }
  /** The field's value is one of a list: the list given, or the list in another field. */
  | { field: FieldPath; op: 'in'; value: readonly Scalar[] }
  | { field: FieldPath; op: 'in'; other: FieldPath }
  /**
   * Compares the field with a value or another field; false unless both are present and of the
   * same type. Text compares as text (so YYYY-MM-DD dates compare as dates); `compare: 'instant'`
   * reads both as RFC 3339 date-times and compares the moments.
   */
  | { field: FieldPath; op: 'lt' | 'le' | 'gt' | 'ge'; value: string | number }
  | { field: FieldPath; op: 'lt' | 'le' | 'gt' | 'ge'; other: FieldPath; compare?: 'instant' }
  /** The field is a list with no value twice. */
  | { field: FieldPath; op: 'unique' }
  /** The field is ten digits whose last is the NHS modulus 11 check digit of the other nine. */
  | { field: FieldPath; op: 'nhs-check-digit' }
  /** At least one of the alternatives holds; each alternative is a list of conditions that must all hold. */
  | { anyOf: readonly (readonly Condition[])[] };

export type RecordRule = {
  /** Stable code, for example SI-003: never reused for a different rule. */
  code: string;
  /** The field the problem is reported on. */
  path: FieldPath;
  /** What is wrong, in plain English, after the field name: "cannot be before incidentDate". Never quotes a value. */
  message: string;
  when: readonly Condition[];
  require: readonly Condition[];
  /** The same rule in JSON Schema, when JSON Schema can express it: a subschema of the record. */
  jsonSchema?: Record<string, unknown>;
  /** Where the rule comes from, when it comes from guidance or law rather than from logic. */
  source?: string;
};

/** `later` cannot be before `earlier` (both dates YYYY-MM-DD, compared only when both are given). */
export function dateOrder(
  code: string,
  earlier: FieldPath,
  later: FieldPath,
  earlierLabel = earlier,
): RecordRule {
  return {
    code,
    path: later,
    message: `cannot be before ${earlierLabel}`,
    when: [
      { field: later, op: 'present' },
      { field: earlier, op: 'present' },
    ],
    require: [{ field: later, op: 'ge', other: earlier }],
  };
}

/** Every field a rule reads, in order of first mention. */
export function ruleFields(rule: RecordRule): FieldPath[] {
  const fields = new Set<FieldPath>([rule.path]);
  const visit = (conditions: readonly Condition[]) => {
    for (const condition of conditions) {
      if ('anyOf' in condition) {
        for (const alternative of condition.anyOf) visit(alternative);
        continue;
      }
      fields.add(condition.field);
      if ('other' in condition) fields.add(condition.other);
    }
  };
  visit(rule.when);
  visit(rule.require);
  return [...fields];
}
