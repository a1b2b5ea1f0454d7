import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Citation, SCHEMA_VERSION } from '@safeguarding/schemas';
import { SCHEMA_IDS, validate } from '@safeguarding/validator';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { londonToday } from '../http/clock.ts';
import { defineRouteCheckingOwnBody, jsonResponse } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';
import { unstorableTextErrors } from '../records/storable-text.ts';

const Severity = z.enum(['error', 'warning']);

/** The report of @safeguarding/validator, as `safeguarding validate --format json` prints it. */
export const ValidationReport = z
  .object({
    summary: z.object({
      records: z.number().int().meta({ description: 'Records read.' }),
      valid: z.number().int().meta({ description: 'Records with no errors (warnings allowed).' }),
      invalid: z.number().int().meta({ description: 'Records with at least one error.' }),
      errors: z.number().int(),
      warnings: z.number().int().meta({ description: 'Statutory timescales not met, from the engine.' }),
      byCode: z
        .record(
          z.string(),
          z.object({ severity: Severity, count: z.number().int(), description: z.string() }),
        )
        .meta({ description: 'Every problem counted by code, however many were listed.' }),
      byColumn: z
        .record(z.string(), z.number().int())
        .meta({ description: 'Problems by spreadsheet column.' }),
    }),
    problems: z
      .array(
        z.object({
          severity: Severity,
          code: z
            .string()
            .meta({ description: 'A coded rule (SI-003), SCHEMA-…, FILE-… or DUTY-<duty id>.' }),
          message: z.string(),
          file: z.string(),
          record: z.number().int().optional().meta({ description: 'Which record of the body, from 1.' }),
          line: z.number().int().optional(),
          path: z.string().meta({ description: 'JSON Pointer of the field.' }),
          value: z
            .unknown()
            .optional()
            .meta({ description: 'The value, unless it is personal data (then masked).' }),
          duty: z.string().optional(),
          citations: z.array(Citation).optional(),
        }),
      )
      .meta({ description: 'The problems, at most maxProblems of each code.' }),
  })
  .meta({
    id: 'validation-report',
    description: 'Every problem of every record, located, with complete counts.',
  });

const ValidateQuery = z.object({
  asOf: z.iso
    .date()
    .optional()
    .meta({ description: 'Date statutory timescales are judged on. Default: today in England.' }),
  maxProblems: z.coerce.number().int().min(1).max(10_000).optional().meta({
    description: 'Problems listed per code (default 1,000); the counts are always complete.',
  }),
});

/**
 * POST /v1/validate/{schema-id}: one record or a list, checked by the same library as
 * `safeguarding validate` (the published JSON Schema, the coded rules, the statutory
 * timescales), with the same report. Nothing is stored; text the store could not hold is refused
 * too, so a valid record is one the API will accept.
 */
export function registerValidateRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  defineRouteCheckingOwnBody(
    app,
    createRoute({
      method: 'post',
      path: '/v1/validate/{schema-id}',
      operationId: 'validate-records',
      tags: ['Validation'],
      summary: 'Check records against a published record schema',
      description: `Send one record or a list. Nothing is stored. {schema-id} is a record schema (version ${SCHEMA_VERSION}): ${SCHEMA_IDS.join(', ')}.`,
      request: {
        params: z.object({
          'schema-id': z.enum(SCHEMA_IDS as [string, ...string[]]).meta({
            param: { name: 'schema-id', in: 'path' },
            description: 'The record schema: the stored shape or its -input shape.',
          }),
        }),
        query: ValidateQuery,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .union([z.looseObject({}), z.array(z.unknown())])
                .meta({ description: 'One record or a list.' }),
            },
          },
        },
      },
      responses: {
        200: { description: 'The report.', content: { 'application/json': { schema: ValidationReport } } },
        ...problemResponses([400, 401, 404, 413, 415, 422, 500]),
      },
    }),
    async (c, body, parsedQuery) => {
      const schemaId = c.req.param('schema-id') ?? '';
      if (!SCHEMA_IDS.includes(schemaId)) {
        return problem(c, {
          status: 404,
          kind: 'not-found',
          title: 'Not found',
          detail: `There is no record schema ${schemaId.slice(0, 60)}. Use one of: ${SCHEMA_IDS.join(', ')}.`,
        });
      }
      const query = parsedQuery as z.infer<typeof ValidateQuery>;
      let text: string;
      try {
        text = JSON.stringify(body);
      } catch {
        // Only a body nested deeper than any record can be fails to serialise again.
        return problem(c, {
          status: 422,
          kind: 'invalid-body',
          title: 'The body is nested too deeply',
          detail:
            'Records are a few levels deep; this body nests thousands of levels. Send the records themselves.',
        });
      }
      const report = await validate(
        { name: 'request body', format: 'json', bytes: new TextEncoder().encode(text) },
        {
          schemaId,
          asOf: query.asOf ?? londonToday(deps.clock),
          ...(query.maxProblems === undefined ? {} : { maxProblems: query.maxProblems }),
          extraChecks: (record) =>
            unstorableTextErrors(record).map((error) => ({
              code: 'TEXT-NUL',
              pointer: error.pointer,
              message: `${error.path} ${error.message}.`,
            })),
        },
      );
      return jsonResponse(c, report);
    },
  );
}
