import { z } from '@hono/zod-openapi';
import { Citation, explainIssues } from '@safeguarding/schemas';
import type * as zod from 'zod';
import type { FieldError } from '../http/problem.ts';

export const ValidationProblem = z
  .object({
    severity: z
      .enum(['error', 'warning'])
      .meta({ description: 'error: the record is invalid; warning: worth a look.' }),
    code: z
      .string()
      .meta({ description: 'Which check failed, for example required, enum or unknown-field.' }),
    message: z.string().meta({ description: 'What is wrong, in plain English, without quoting the value.' }),
    file: z.string().meta({ description: 'Where the records came from: "request" for a request body.' }),
    line: z.number().int().min(1).optional().meta({ description: 'Line in the file (JSON and NDJSON).' }),
    sheet: z.string().optional().meta({ description: 'Sheet of a spreadsheet.' }),
    row: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'Row of a spreadsheet, the header being row 1.' }),
    column: z.string().optional().meta({ description: 'Column header of a spreadsheet.' }),
    cell: z.string().optional().meta({ description: 'Spreadsheet cell, for example F7.' }),
    path: z.string().meta({
      description:
        'JSON Pointer to the field. When a list was sent, it starts with the record’s position: /3/children/0/ageYears.',
    }),
    value: z.unknown().optional().meta({ description: 'The value found, when it is not personal data.' }),
    duty: z.string().optional().meta({ description: 'The duty a timeliness warning is about.' }),
    citations: z.array(Citation).optional().meta({ description: 'Where the duty comes from.' }),
  })
  .meta({ id: 'validation-problem', description: 'One problem found in one record.' });

export const ValidationReport = z
  .object({
    summary: z
      .object({
        records: z.number().int().min(0).meta({ description: 'Records checked.' }),
        valid: z.number().int().min(0).meta({ description: 'Records with no error.' }),
        invalid: z.number().int().min(0).meta({ description: 'Records with at least one error.' }),
        errors: z.number().int().min(0).meta({ description: 'Errors found, in all records.' }),
        warnings: z.number().int().min(0).meta({ description: 'Warnings found, in all records.' }),
      })
      .meta({ description: 'The counts, always complete.' }),
    problems: z.array(ValidationProblem).meta({ description: 'Every problem, record by record.' }),
  })
  .meta({ id: 'validation-report', description: 'The result of checking records against a schema.' });

export type ValidationProblem = z.infer<typeof ValidationProblem>;
export type ValidationReport = z.infer<typeof ValidationReport>;

/** The check a zod issue stands for, named as JSON Schema names it where it can. */
function codeOf(issue: zod.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? 'required' : 'type';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_value':
      return 'enum';
    case 'invalid_format':
      return 'format';
    case 'too_small':
      return 'minimum';
    case 'too_big':
      return 'maximum';
    case 'invalid_union':
      return 'one-of';
    case 'custom':
      return 'rule';
    default:
      return 'invalid';
  }
}

/**
 * Checks records against one schema: a report in the validator's shape. `unstorable` adds the
 * problems the schema cannot see (text the database cannot store).
 * TODO(validator): use @safeguarding/validator's checks (coded rules, timeliness) once it exists.
 */
export function validateRecords(
  schema: zod.ZodType,
  body: unknown,
  unstorable: (record: unknown) => FieldError[],
): ValidationReport {
  const list = Array.isArray(body);
  const records: unknown[] = list ? body : [body];
  const problems: ValidationProblem[] = [];
  let invalid = 0;
  records.forEach((record, index) => {
    const prefix = list ? `/${index}` : '';
    const result = schema.safeParse(record);
    const found: { code: string; error: FieldError }[] = result.success
      ? unstorable(result.data).map((error) => ({ code: 'unstorable-text', error }))
      : result.error.issues.flatMap((issue) =>
          explainIssues(new z.ZodError([issue])).map((error) => ({
            code: codeOf(issue),
            error,
          })),
        );
    if (found.length > 0) invalid++;
    for (const { code, error } of found) {
      problems.push({
        severity: 'error',
        code,
        message: `${error.path === '' ? 'The record' : error.path} ${error.message}.`,
        file: 'request',
        path: `${prefix}${error.pointer}`,
      });
    }
  });
  return {
    summary: {
      records: records.length,
      valid: records.length - invalid,
      invalid,
      errors: problems.length,
      warnings: 0,
    },
    problems,
  };
}
