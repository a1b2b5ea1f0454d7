import { z } from '@hono/zod-openapi';
import { Citation, IsoDate } from '@safeguarding/schemas';
import { type Report, validate } from '@safeguarding/validator';
import { unstorableTextErrors } from '../records/storable-text.ts';

const Severity = z
  .enum(['error', 'warning'])
  .meta({ description: 'error: the record is invalid; warning: a statutory timescale was not met.' });

export const ValidationProblem = z
  .object({
    severity: Severity,
    code: z.string().meta({
      description:
        'The check that failed: a coded rule (SI-003), SCHEMA-…, FILE-…, TEXT-NUL or DUTY-<duty id>.',
    }),
    message: z.string().meta({ description: 'What is wrong, in plain English, without quoting the value.' }),
    file: z.string().meta({ description: 'Where the records came from: "request body" for a request.' }),
    record: z.number().int().min(1).optional().meta({ description: 'Which record, counting from 1.' }),
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
    path: z.string().meta({ description: 'JSON Pointer to the field within its record.' }),
    value: z.unknown().optional().meta({ description: 'The value found, masked when it is personal data.' }),
    duty: z.string().optional().meta({ description: 'The duty a timeliness warning is about.' }),
    citations: z.array(Citation).optional().meta({ description: 'Where the duty comes from.' }),
  })
  .meta({ id: 'validation-problem', description: 'One problem found in one record.' });

export const ValidationReport = z
  .object({
    summary: z
      .object({
        records: z.number().int().min(0).meta({ description: 'Records checked.' }),
        valid: z.number().int().min(0).meta({ description: 'Records with no error (warnings allowed).' }),
        invalid: z.number().int().min(0).meta({ description: 'Records with at least one error.' }),
        errors: z.number().int().min(0).meta({ description: 'Errors found, in all records.' }),
        warnings: z
          .number()
          .int()
          .min(0)
          .meta({ description: 'Statutory timescales not met, from the engine.' }),
        byCode: z
          .record(
            z.string(),
            z.object({ severity: Severity, count: z.number().int(), description: z.string() }),
          )
          .meta({ description: 'Every problem counted by code, however many were listed.' }),
        byColumn: z
          .record(z.string(), z.number().int())
          .meta({ description: 'Problems by spreadsheet column.' }),
      })
      .meta({ description: 'The counts, always complete.' }),
    problems: z
      .array(ValidationProblem)
      .meta({ description: 'The problems, record by record: at most maxProblems of each code.' }),
  })
  .meta({
    id: 'validation-report',
    description: 'The report of @safeguarding/validator, as `safeguarding validate --format json` prints it.',
  });

export const ValidateQuery = z.strictObject({
  asOf: IsoDate.optional().meta({
    description: 'Date statutory timescales are judged on, YYYY-MM-DD. Default: today in England.',
  }),
  maxProblems: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .meta({ description: 'Problems listed per code (default 1,000); the counts are always complete.' }),
});

/**
 * Checks one record or a list with the validator library, as `safeguarding validate` does: the
 * published JSON Schema, the coded rules and the statutory timescales. Text the store could not
 * hold is refused too (TEXT-NUL), so a valid record is one the API will accept.
 */
export async function validateBody(
  schemaId: string,
  bodyText: string,
  options: { asOf: string; maxProblems?: number | undefined },
): Promise<Report> {
  return validate(
    { name: 'request body', format: 'json', bytes: new TextEncoder().encode(bodyText) },
    {
      schemaId,
      asOf: options.asOf,
      ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
      extraChecks: (record) =>
        unstorableTextErrors(record).map((error) => ({
          code: 'TEXT-NUL',
          pointer: error.pointer,
          message: `${error.path} ${error.message}.`,
        })),
    },
  );
}
