import { hasValidNhsCheckDigit } from './nhs-number.ts';
import { type Condition, type FieldPath, type RecordRule, ruleFields } from './record-rule.ts';

/**
 * A broken rule at one place in one record: `path` has list positions filled in
 * (`children.1.ageYears`), and `fields` are the rule's fields at that place, dotted.
 */
export type BrokenRule = { rule: RecordRule; path: (string | number)[]; fields: string[] };

/** A field path split once: `*` is the list position being checked. */
type Segments = readonly string[];

function valueAt(record: unknown, segments: Segments, index: number): unknown {
  let current = record;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = segment === '*' ? index : segment;
    current = Array.isArray(current)
      ? current[Number(key)]
      : (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const isPresent = (value: unknown) => value !== undefined && value !== null;

function compare(a: unknown, b: unknown, instant: boolean): number | undefined {
  if (instant) {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined;
    const left = Date.parse(a);
    const right = Date.parse(b);
    return Number.isNaN(left) || Number.isNaN(right) ? undefined : left - right;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return undefined;
}

type Test = (record: unknown, index: number) => boolean;

/** A condition as a function of the record and the list position, its paths split once. */
function compileCondition(condition: Condition): Test {
  if ('anyOf' in condition) {
    const alternatives = condition.anyOf.map((alternative) => alternative.map(compileCondition));
    return (record, index) => alternatives.some((tests) => tests.every((test) => test(record, index)));
  }
  const field = condition.field.split('.');
  const other = 'other' in condition ? condition.other.split('.') : undefined;
  switch (condition.op) {
    case 'present':
      return (record, index) => isPresent(valueAt(record, field, index));
    case 'absent':
      return (record, index) => !isPresent(valueAt(record, field, index));
    case 'eq': {
      const expected = condition.value;
      return (record, index) => valueAt(record, field, index) === expected;
    }
    case 'ne': {
      const expected = condition.value;
      return (record, index) => {
        const value = valueAt(record, field, index);
        return isPresent(value) && value !== expected;
      };
    }
    case 'in': {
      const listed = 'value' in condition ? (condition.value as readonly unknown[]) : undefined;
      return (record, index) => {
        const value = valueAt(record, field, index);
        const list = other ? valueAt(record, other, index) : listed;
        return isPresent(value) && Array.isArray(list) && list.includes(value);
      };
    }
    case 'unique':
      return (record, index) => {
        const value = valueAt(record, field, index);
        return (
          Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size === value.length
        );
      };
    case 'nhs-check-digit':
      return (record, index) => {
        const value = valueAt(record, field, index);
        return typeof value === 'string' && hasValidNhsCheckDigit(value);
      };
    default: {
      const op = condition.op;
      const fixed = 'value' in condition ? condition.value : undefined;
      const instant = 'compare' in condition && condition.compare === 'instant';
      return (record, index) => {
        const order = compare(
          valueAt(record, field, index),
          other ? valueAt(record, other, index) : fixed,
          instant,
        );
        if (order === undefined) return false;
        return op === 'lt' ? order < 0 : op === 'le' ? order <= 0 : op === 'gt' ? order > 0 : order >= 0;
      };
    }
  }
}

/** Whether one condition holds for a record; `index` stands for the `*` of the rule's list. */
export function conditionHolds(record: unknown, condition: Condition, index = 0): boolean {
  return compileCondition(condition)(record, index);
}

/** The list a rule ranges over (`children` for `children.*.ageYears`), or undefined for a rule about the record as a whole. */
export function ruleList(fields: readonly FieldPath[]): string | undefined {
  for (const field of fields) {
    const star = field.indexOf('.*');
    if (star >= 0) return field.slice(0, star);
  }
  return undefined;
}

export type PreparedRule = {
  rule: RecordRule;
  list: string | undefined;
  fields: FieldPath[];
  when: Test[];
  require: Test[];
  listPath: Segments | undefined;
};

/** Rules ready for `brokenRules`: conditions compiled and each rule's list found, once. */
export function prepareRules(rules: readonly RecordRule[]): PreparedRule[] {
  return rules.map((rule) => {
    const fields = ruleFields(rule);
    const list = ruleList(fields);
    return {
      rule,
      list,
      fields,
      when: rule.when.map(compileCondition),
      require: rule.require.map(compileCondition),
      listPath: list?.split('.'),
    };
  });
}

const atIndex = (field: string, index: number) => field.replaceAll('*', String(index));

function toPath(field: string): (string | number)[] {
  return field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * Every place a record breaks a rule. Each condition reads only the value it names and is false
 * for a value of the wrong type, so a record with structural errors never throws here.
 */
export function brokenRules(rules: readonly PreparedRule[], record: unknown): BrokenRule[] {
  const broken: BrokenRule[] = [];
  for (const prepared of rules) {
    const count = prepared.listPath ? arrayLength(valueAt(record, prepared.listPath, 0)) : 1;
    for (let index = 0; index < count; index++) {
      if (!prepared.when.every((test) => test(record, index))) continue;
      if (prepared.require.every((test) => test(record, index))) continue;
      broken.push({
        rule: prepared.rule,
        path: toPath(atIndex(prepared.rule.path, index)),
        fields: prepared.fields.map((field) => atIndex(field, index)),
      });
    }
  }
  return broken;
}

const arrayLength = (value: unknown) => (Array.isArray(value) ? value.length : 0);
