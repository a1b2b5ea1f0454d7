import { hasValidNhsCheckDigit } from './nhs-number.ts';
import { type Condition, type FieldPath, type RecordRule, ruleFields } from './record-rule.ts';

/**
 * A broken rule at one place in one record: `path` has list positions filled in
 * (`children.1.ageYears`), and `fields` are the rule's fields at that place, dotted.
 */
export type BrokenRule = { rule: RecordRule; path: (string | number)[]; fields: string[] };

function valueAt(record: unknown, field: string): unknown {
  let current = record;
  for (const key of field.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(key)] : (current as Record<string, unknown>)[key];
  }
  return current;
}

const isPresent = (value: unknown) => value !== undefined && value !== null;

function compare(a: unknown, b: unknown, instant: boolean): number | undefined {
  if (instant) {
    const [left, right] = [Date.parse(String(a)), Date.parse(String(b))];
    if (typeof a !== 'string' || typeof b !== 'string' || Number.isNaN(left) || Number.isNaN(right))
      return undefined;
    return left - right;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return undefined;
}

/** Whether one condition holds for a record; `at` replaces the `*` of the rule's list. */
export function conditionHolds(
  record: unknown,
  condition: Condition,
  at: (field: FieldPath) => string,
): boolean {
  if ('anyOf' in condition) {
    return condition.anyOf.some((alternative) => alternative.every((c) => conditionHolds(record, c, at)));
  }
  const value = valueAt(record, at(condition.field));
  switch (condition.op) {
    case 'present':
      return isPresent(value);
    case 'absent':
      return !isPresent(value);
    case 'eq':
      return value === condition.value;
    case 'ne':
      return isPresent(value) && value !== condition.value;
    case 'in': {
      const list = 'other' in condition ? valueAt(record, at(condition.other)) : condition.value;
      return isPresent(value) && Array.isArray(list) && list.includes(value);
    }
    case 'unique':
      return Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size === value.length;
    case 'nhs-check-digit':
      return typeof value === 'string' && hasValidNhsCheckDigit(value);
    default: {
      const other = 'other' in condition ? valueAt(record, at(condition.other)) : condition.value;
      const order = compare(value, other, 'compare' in condition && condition.compare === 'instant');
      if (order === undefined) return false;
      if (condition.op === 'lt') return order < 0;
      if (condition.op === 'le') return order <= 0;
      if (condition.op === 'gt') return order > 0;
      return order >= 0;
    }
  }
}

/** The list a rule ranges over (`children` for `children.*.ageYears`), or undefined for a rule about the record as a whole. */
export function ruleList(fields: readonly FieldPath[]): string | undefined {
  for (const field of fields) {
    const star = field.indexOf('.*');
    if (star >= 0) return field.slice(0, star);
  }
  return undefined;
}

function toPath(field: string): (string | number)[] {
  return field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * Every place a record breaks a rule. Each condition reads only the value it names and is false
 * for a value of the wrong type, so a record with structural errors never throws here.
 */
export function brokenRules(rules: readonly PreparedRule[], record: unknown): BrokenRule[] {
  const broken: BrokenRule[] = [];
  for (const { rule, list, fields } of rules) {
    const check = (at: (field: FieldPath) => string) => {
      if (!rule.when.every((condition) => conditionHolds(record, condition, at))) return;
      if (rule.require.every((condition) => conditionHolds(record, condition, at))) return;
      broken.push({ rule, path: toPath(at(rule.path)), fields: fields.map(at) });
    };
    if (list === undefined) {
      check((field) => field);
      continue;
    }
    const items = valueAt(record, list);
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const marker = `${list}.*`;
      check((field) => (field.startsWith(marker) ? `${list}.${index}${field.slice(marker.length)}` : field));
    }
  }
  return broken;
}

export type PreparedRule = { rule: RecordRule; list: string | undefined; fields: FieldPath[] };

/** Rules ready for `brokenRules`: each with its fields and the list it ranges over, worked out once. */
export function prepareRules(rules: readonly RecordRule[]): PreparedRule[] {
  return rules.map((rule) => {
    const fields = ruleFields(rule);
    return { rule, list: ruleList(fields), fields };
  });
}
