import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  CaseFacts,
  Duty,
  Edition,
  explainIssues,
  IsoDate,
  NextActions,
  RECORD_TYPES,
} from '@safeguarding/schemas';
import { answerNextActions } from '../engine/answer-next-actions.ts';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, defineRouteCheckingOwnBody, jsonResponse, validated } from '../http/define-route.ts';
import { FieldError, problem, problemResponses } from '../http/problem.ts';
import { unstorableTextErrors } from '../records/storable-text.ts';

const NextActionsQuery = z.object({
  asOf: IsoDate.optional().meta({
    description: 'Date to answer for, YYYY-MM-DD. Default: today in England.',
  }),
  edition: Edition.optional(),
});

const Duties = z
  .object({ duties: z.array(Duty).meta({ description: 'Every duty in the catalogue.' }) })
  .meta({ id: 'duty-list', description: 'The duty catalogue.' });

const WorkingDaysQuery = z.object({
  from: IsoDate.meta({ description: 'Start date, YYYY-MM-DD (day 0).' }),
  add: z.coerce
    .number({ error: 'must be a whole number of working days' })
    .int({ error: 'must be a whole number of working days' })
    .min(-3650, { error: 'must be between -3650 and 3650' })
    .max(3650, { error: 'must be between -3650 and 3650' })
    .optional()
    .meta({ description: 'Working days to add (negative counts back). Give this or to.' }),
  to: IsoDate.optional().meta({
    description: 'End date, YYYY-MM-DD: count the working days from from to to. Give this or add.',
  }),
});

const WorkingDays = z
  .object({
    from: IsoDate,
    to: IsoDate,
    workingDays: z
      .number()
      .int()
      .meta({ description: 'Working days after from, up to and including to (negative if to is earlier).' }),
  })
  .meta({ id: 'working-days', description: 'A span of working days in England and Wales.' });

const RECORD_TYPE_NAMES = RECORD_TYPES.map((t) => t.type) as [string, ...string[]];

const ValidateParams = z.object({
  recordType: z
    .enum(RECORD_TYPE_NAMES, { error: `must be one of: ${RECORD_TYPE_NAMES.join(', ')}` })
    .meta({ param: { name: 'recordType', in: 'path' }, description: 'Which record type to check against.' }),
});

const ValidateQuery = z.object({
  shape: z.enum(['input', 'record'], { error: 'must be input or record' }).default('input').meta({
    description:
      'input (default): the body you would POST. record: a stored record with id, version and timestamps, as in an export.',
  }),
});

const Validation = z
  .object({
    valid: z.boolean().meta({ description: 'True when every record passed.' }),
    errors: z.array(FieldError).meta({
      description: 'Every failing field of every record; index says which record when you sent a list.',
    }),
  })
  .meta({ id: 'validation-result', description: 'The result of checking records against their schema.' });

export function registerStatelessRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { engine, clock } = deps;

  defineRouteCheckingOwnBody(
    app,
    createRoute({
      method: 'post',
      path: '/v1/next-actions',
      operationId: 'next-actions',
      tags: ['Duties'],
      summary: 'What must be done next, and by when',
      description:
        'Send the facts of a case; get every duty that applies with its due date, why, and its citations.',
      request: {
        query: NextActionsQuery,
        body: { required: true, content: { 'application/json': { schema: CaseFacts } } },
      },
      responses: {
        200: {
          description: 'The duties that apply.',
          content: { 'application/json': { schema: NextActions } },
        },
        ...problemResponses([400, 401, 413, 415, 422, 500]),
      },
    }),
    (c, body, parsedQuery) => {
      const query = parsedQuery as z.infer<typeof NextActionsQuery>;
      return answerNextActions(c, engine, clock, body, query, {
        kind: 'invalid-facts',
        detail: 'The case facts do not fit together. Correct the fields listed and try again.',
      });
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/v1/duties',
      operationId: 'list-duties',
      tags: ['Duties'],
      summary: 'The duty catalogue',
      responses: {
        200: {
          description: 'Every duty, with its deadline and citations.',
          content: { 'application/json': { schema: Duties } },
        },
        ...problemResponses([401, 500]),
      },
    }),
    (c) => jsonResponse(c, { duties: engine.catalogue }),
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/v1/calendar/working-days',
      operationId: 'working-days',
      tags: ['Calendar'],
      summary: 'Add or count working days',
      description:
        'Working days are Monday to Friday except England and Wales bank holidays. With add: the date that many working days after from. With to: how many working days from from to to.',
      request: { query: WorkingDaysQuery },
      responses: {
        200: { description: 'The span.', content: { 'application/json': { schema: WorkingDays } } },
        ...problemResponses([400, 401, 500]),
      },
    }),
    (c) => {
      const { from, add, to } = validated<z.infer<typeof WorkingDaysQuery>>(c, 'query');
      if ((add === undefined) === (to === undefined)) {
        return problem(c, {
          status: 400,
          kind: 'invalid-query',
          title: 'Bad request',
          detail: 'Give exactly one of add (a number of working days) or to (a date).',
          errors: [
            {
              path: add === undefined ? 'add' : 'to',
              pointer: '',
              message: 'give add or to, not both or neither',
            },
          ],
        });
      }
      if (add !== undefined) {
        return jsonResponse(c, { from, to: engine.calendar.addWorkingDays(from, add), workingDays: add });
      }
      return jsonResponse(c, {
        from,
        to,
        workingDays: engine.calendar.workingDaysBetween(from, to as string),
      });
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'post',
      path: '/v1/validate/{recordType}',
      operationId: 'validate-records',
      tags: ['Validation'],
      summary: 'Check records against their schema',
      description:
        'Send one record or a list. Nothing is stored. The answer lists every failing field with its path, so a whole export can be fixed in one pass.',
      request: {
        params: ValidateParams,
        query: ValidateQuery,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .union([z.looseObject({}), z.array(z.unknown())])
                .meta({ description: 'One record (an object) or a list of records.' }),
            },
          },
        },
      },
      responses: {
        200: {
          description: 'Whether the records are valid, and every error.',
          content: { 'application/json': { schema: Validation } },
        },
        ...problemResponses([400, 401, 413, 415, 422, 500]),
      },
    }),
    (c) => {
      const { recordType } = validated<{ recordType: string }>(c, 'param');
      const { shape } = validated<z.infer<typeof ValidateQuery>>(c, 'query');
      const definition = RECORD_TYPES.find((t) => t.type === recordType);
      if (!definition) throw new Error('recordType passed validation but is unknown');
      const schema: z.ZodType = shape === 'record' ? definition.record : definition.input;
      const body = validated<unknown>(c, 'json');
      const items = Array.isArray(body) ? body : [body];
      const errors: FieldError[] = [];
      items.forEach((item, index) => {
        const result = schema.safeParse(item);
        const found = result.success ? unstorableTextErrors(result.data) : explainIssues(result.error);
        for (const error of found) errors.push(Array.isArray(body) ? { index, ...error } : error);
      });
      return jsonResponse(c, { valid: errors.length === 0, errors });
    },
  );
}
