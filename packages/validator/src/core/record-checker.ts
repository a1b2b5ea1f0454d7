import {
  brokenRules,
  type Citation,
  type PreparedRule,
  prepareRules,
  type RecordRule,
} from '@safeguarding/schemas';
import { sentence } from './messages.ts';
import type { Severity } from './report.ts';
import { SCHEMA_FACTS } from './schema-facts.generated.ts';
import type { SchemaFacts } from './schema-facts.ts';
import { type AjvError, structuralProblems } from './structural-problems.ts';
import { hasTimescales, lateDuties } from './timeliness.ts';
import * as compiled from './validators.generated.ts';

/** A problem found in one record, before it is placed in a file. */
export type RecordProblem = {
  severity: Severity;
  code: string;
  message: string;
  pointer: string;
  duty?: string;
  citations?: Citation[];
};

type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export type RecordCheckerOptions = {
  /** The date statutory timescales are judged on (YYYY-MM-DD). */
  asOf: string;
  /** Finds a rapid review's serious incident by id, so its timescales can be judged. */
  incidentOf?: (id: string) => unknown;
};

/** The record schema ids the validator accepts. */
export const SCHEMA_IDS: readonly string[] = Object.keys(SCHEMA_FACTS);

export function schemaFacts(schemaId: string): SchemaFacts {
  const facts = SCHEMA_FACTS[schemaId];
  if (!facts) throw new Error(`unknown record schema ${schemaId}`);
  return facts;
}

const toPointer = (path: readonly (string | number)[]) =>
  path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/**
 * Checks one record of one schema: the compiled JSON Schema, then the coded rules (a rule whose
 * fields already have a structural problem is not reported again), then, for a record with no
 * errors, the statutory timescales from the engine as warnings.
 */
export function recordChecker(schemaId: string, options: RecordCheckerOptions) {
  const facts = schemaFacts(schemaId);
  const validate = (compiled as unknown as Record<string, CompiledValidator>)[
    `validate_${schemaId.replaceAll('-', '_')}`
  ];
  if (!validate) throw new Error(`no compiled validator for ${schemaId}`);
  const rules: PreparedRule[] = prepareRules(facts.rules as unknown as RecordRule[]);
  const timescales = hasTimescales(schemaId);

  return (record: unknown): RecordProblem[] => {
    const problems: RecordProblem[] = [];
    const structurallyValid = validate(record);
    const faulty: string[] = [];
    if (!structurallyValid) {
      for (const problem of structuralProblems(validate.errors ?? [], facts)) {
        faulty.push(problem.pointer);
        problems.push({
          severity: 'error',
          code: problem.code,
          message: sentence(problem.pointer, problem.predicate),
          pointer: problem.pointer,
        });
      }
    }
    for (const broken of brokenRules(rules, record)) {
      const fields = broken.fields.map((field) => `/${field.replaceAll('.', '/')}`);
      if (
        faulty.some((pointer) => fields.some((field) => pointer === field || pointer.startsWith(`${field}/`)))
      )
        continue;
      const pointer = toPointer(broken.path);
      // The published message is the sentence "<path> <predicate>."; the report names the concrete field.
      const predicate = broken.rule.message.slice(broken.rule.path.length + 1).replace(/\.$/, '');
      problems.push({
        severity: 'error',
        code: broken.rule.code,
        message: sentence(pointer, predicate),
        pointer,
      });
    }
    if (timescales && problems.length === 0) {
      for (const late of lateDuties(schemaId, record, options.asOf, options.incidentOf)) {
        const what = late.status === 'overdue' ? 'not done yet' : 'done after that date';
        problems.push({
          severity: 'warning',
          code: `DUTY-${late.duty}`,
          message: `Due ${late.dueDate}: ${late.title} — ${what} (${late.citations
            .map((citation) => `${citation.source} ${citation.ref}`)
            .join('; ')}).`,
          pointer: late.pointer,
          duty: late.duty,
          citations: late.citations,
        });
      }
    }
    return problems;
  };
}
