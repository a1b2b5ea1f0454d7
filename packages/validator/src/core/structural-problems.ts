import { FORMAT_MESSAGES, TYPE_NAMES } from './messages.ts';
import type { ProblemCode } from './problem-codes.ts';
import type { SchemaFacts } from './schema-facts.ts';

/** The part of an ajv error the validator reads (the compiled validators are built with `messages: false`). */
export type AjvError = {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
};

/** One structural problem: where (a JSON Pointer), what code, and the predicate after the field name. */
export type StructuralProblem = { pointer: string; code: ProblemCode; predicate: string };

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Which problem wins when one field fails several keywords: the most basic first. */
const PRIORITY: Record<string, number> = {
  type: 0,
  required: 0,
  additionalProperties: 0,
  enum: 1,
  const: 1,
  format: 2,
  pattern: 3,
};

function describe(error: AjvError, facts: SchemaFacts): StructuralProblem {
  const { instancePath: at, params } = error;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: `${at}/${escapeKey(String(params.missingProperty))}`,
        code: 'SCHEMA-REQUIRED',
        predicate: 'is required',
      };
    case 'additionalProperties':
      return {
        pointer: `${at}/${escapeKey(String(params.additionalProperty))}`,
        code: 'SCHEMA-UNKNOWN-FIELD',
        predicate: 'is not a known field',
      };
    case 'type':
      return {
        pointer: at,
        code: 'SCHEMA-TYPE',
        predicate: `must be ${TYPE_NAMES[String(params.type)] ?? params.type}`,
      };
    case 'enum':
      return {
        pointer: at,
        code: 'SCHEMA-ENUM',
        predicate: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'const':
      return { pointer: at, code: 'SCHEMA-ENUM', predicate: `must be ${String(params.allowedValue)}` };
    case 'format':
      return {
        pointer: at,
        code: 'SCHEMA-FORMAT',
        predicate: FORMAT_MESSAGES[String(params.format)] ?? `must be written as a ${params.format}`,
      };
    case 'pattern':
      return {
        pointer: at,
        code: 'SCHEMA-PATTERN',
        predicate: facts.patternMessages[error.schemaPath] ?? 'is not in the expected form',
      };
    case 'minLength':
      return {
        pointer: at,
        code: 'SCHEMA-LENGTH',
        predicate: params.limit === 1 ? 'cannot be empty' : `must be at least ${params.limit} characters`,
      };
    case 'maxLength':
      return { pointer: at, code: 'SCHEMA-LENGTH', predicate: `must be at most ${params.limit} characters` };
    case 'minimum':
      return { pointer: at, code: 'SCHEMA-RANGE', predicate: `must be ${params.limit} or more` };
    case 'maximum':
      return { pointer: at, code: 'SCHEMA-RANGE', predicate: `must be ${params.limit} or less` };
    case 'exclusiveMinimum':
      return { pointer: at, code: 'SCHEMA-RANGE', predicate: `must be more than ${params.limit}` };
    case 'exclusiveMaximum':
      return { pointer: at, code: 'SCHEMA-RANGE', predicate: `must be less than ${params.limit}` };
    case 'multipleOf':
      return {
        pointer: at,
        code: 'SCHEMA-RANGE',
        predicate:
          params.multipleOf === 0.01
            ? 'must be in whole pence'
            : `must be a multiple of ${params.multipleOf}`,
      };
    case 'minItems':
      return {
        pointer: at,
        code: 'SCHEMA-LIST',
        predicate: `must list at least ${params.limit} item${params.limit === 1 ? '' : 's'}`,
      };
    case 'maxItems':
      return { pointer: at, code: 'SCHEMA-LIST', predicate: `can list at most ${params.limit} items` };
    case 'uniqueItems':
      return { pointer: at, code: 'SCHEMA-LIST', predicate: 'cannot list the same value twice' };
    default:
      return { pointer: at, code: 'SCHEMA-INVALID', predicate: 'does not match the schema' };
  }
}

/** True for an error inside a coded rule's JSON Schema form: the rule reports it, with its code. */
function inRuleForm(error: AjvError, facts: SchemaFacts): boolean {
  for (const location of Object.keys(facts.ruleLocations)) {
    if (error.schemaPath === location || error.schemaPath.startsWith(`${location}/`)) return true;
  }
  return false;
}

/**
 * A union (`oneOf`/`anyOf`) reports every branch's errors. Keep the branch whose tag matched (it
 * has no `const` error); if no branch's tag matched, say which tags are allowed; if several
 * untagged branches failed, say so once.
 */
function resolveUnions(errors: AjvError[]): AjvError[] {
  const unions = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');
  if (unions.length === 0) return errors;
  let kept = errors;
  for (const union of unions) {
    const prefix = `${union.schemaPath}/`;
    const inside = kept.filter((error) => error.schemaPath.startsWith(prefix));
    const branches = new Map<string, AjvError[]>();
    for (const error of inside) {
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] as string;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const tagged = [...branches.values()].filter(
      (branch) => !branch.some((error) => error.keyword === 'const'),
    );
    let replacement: AjvError[];
    if (tagged.length === 1) replacement = tagged[0] as AjvError[];
    else if (tagged.length === 0 && inside.some((error) => error.keyword === 'const')) {
      const tags = inside.filter((error) => error.keyword === 'const');
      replacement = [
        {
          ...(tags[0] as AjvError),
          keyword: 'enum',
          params: { allowedValues: tags.map((error) => error.params.allowedValue) },
        },
      ];
    } else replacement = [{ ...union, keyword: 'union' }];
    kept = kept.filter((error) => error !== union && !error.schemaPath.startsWith(prefix));
    kept.push(...replacement);
  }
  return kept;
}

/**
 * ajv's errors for one record as plain-English problems, one per field (the most basic failure
 * wins: a value of the wrong type is not also reported as too long). Errors inside a coded rule's
 * JSON Schema form are left to the rule, and `if` errors add nothing a reader can act on.
 */
export function structuralProblems(errors: readonly AjvError[], facts: SchemaFacts): StructuralProblem[] {
  const relevant = resolveUnions(
    errors.filter((error) => error.keyword !== 'if' && !inRuleForm(error, facts)),
  );
  const byField = new Map<string, { problem: StructuralProblem; priority: number }>();
  for (const error of relevant) {
    const problem = describe(error, facts);
    const priority = PRIORITY[error.keyword] ?? 4;
    const seen = byField.get(problem.pointer);
    if (seen === undefined || priority < seen.priority) byField.set(problem.pointer, { problem, priority });
  }
  return [...byField.values()].map((entry) => entry.problem);
}
