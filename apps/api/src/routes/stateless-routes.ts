import { z } from '@hono/zod-openapi';
import {
  CaseFacts,
  Duty,
  Edition,
  IsoDate,
  NextActions,
  RECORD_REGISTRY,
  type RecordRegistryEntry,
} from '@safeguarding/schemas';
import { answerNextActions } from '../engine/answer-next-actions.ts';
import { inCalendarYears, OUTSIDE_CALENDAR } from '../engine/calendar-years.ts';
import type { AppDeps } from '../http/app-deps.ts';
import { londonToday } from '../http/clock.ts';
import { jsonResponse, type Router } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';
import { firstExample, namedExamples } from '../openapi/examples.ts';
import { ValidateQuery, ValidationReport, validateBody } from './validation-report.ts';

const NextActionsQuery = z.strictObject({
  asOf: IsoDate.optional().meta({
    description: 'Date to answer for, YYYY-MM-DD. Default: today in England.',
  }),
  edition: Edition.optional(),
});

const Duties = z
  .object({ duties: z.array(Duty).meta({ description: 'Every duty in the catalogue.' }) })
  .meta({ id: 'duty-list', description: 'The duty catalogue.' });

/** A date the calendar can count from: a real date in the years it covers. */
const CalendarDate = IsoDate.refine(inCalendarYears, { error: OUTSIDE_CALENDAR });

const WorkingDaysQuery = z.strictObject({
  from: CalendarDate.meta({ description: 'Start date, YYYY-MM-DD (day 0).' }),
  add: z.coerce
    .number({ error: 'must be a whole number of working days' })
    .int({ error: 'must be a whole number of working days' })
    .min(-3650, { error: 'must be between -3650 and 3650' })
    .max(3650, { error: 'must be between -3650 and 3650' })
    .optional()
    .meta({ description: 'Working days to add (negative counts back). Give this or to.' }),
  to: CalendarDate.optional().meta({
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

/** Every record schema a body can be checked against: the stored shape and the input shape of each type. */
const SCHEMA_IDS = RECORD_REGISTRY.flatMap((entry: RecordRegistryEntry) => [
  entry.id,
  `${entry.id}-input`,
]) as [string, ...string[]];

const ValidateParams = z.strictObject({
  schemaId: z.enum(SCHEMA_IDS, { error: `must be one of: ${SCHEMA_IDS.join(', ')}` }).meta({
    param: { name: 'schemaId', in: 'path' },
    description:
      'The record schema to check against, as in schemas/json: the stored shape (serious-incident, as in an export) or the input shape (serious-incident-input, the body you would POST).',
  }),
});

export function registerStatelessRoutes(router: Router, deps: AppDeps): void {
  const { engine, clock, examples } = deps;

  router.route(
    {
      method: 'post',
      path: '/v1/next-actions',
      operationId: 'next-actions',
      tag: 'Duties',
      summary: 'What must be done next, and by when',
      description:
        'Send the facts of a case; get every duty that applies with its due date, why, and its citations, the duties ruled out and why, and the questions whose answers would settle the rest. Nothing is stored.',
      query: NextActionsQuery,
      body: {
        schema: CaseFacts,
        description: 'What is known about the case.',
        examples: namedExamples(examples, 'case-facts'),
        checkedBy: 'handler',
      },
      responses: {
        200: {
          description: 'The duties that apply.',
          content: {
            'application/json': { schema: NextActions, examples: namedExamples(examples, 'next-actions') },
          },
        },
        ...problemResponses([400, 401, 413, 415, 422, 500, 503]),
      },
    },
    (c, { query, body }) =>
      answerNextActions(c, engine, clock, body, query, {
        kind: 'invalid-facts',
        detail: 'The case facts do not fit together. Correct the fields listed and try again.',
      }),
  );

  router.route(
    {
      method: 'get',
      path: '/v1/duties',
      operationId: 'list-duties',
      tag: 'Duties',
      summary: 'The duty catalogue',
      description:
        'Every duty the engine knows: who must do what, by when, under which editions of the guidance, with citations.',
      responses: {
        200: {
          description: 'Every duty, with its deadline and citations.',
          content: {
            'application/json': {
              schema: Duties,
              example: { duties: Object.values(namedExamples(examples, 'duty')).map((e) => e.value) },
            },
          },
        },
        ...problemResponses([400, 401, 500, 503]),
      },
    },
    (c) => jsonResponse(c, { duties: engine.catalogue }),
  );

  router.route(
    {
      method: 'get',
      path: '/v1/calendar/working-days',
      operationId: 'working-days',
      tag: 'Calendar',
      summary: 'Add or count working days',
      description:
        'Working days are Monday to Friday except England and Wales bank holidays. With add: the date that many working days after from. With to: how many working days from from to to.',
      query: WorkingDaysQuery,
      responses: {
        200: {
          description: 'The span.',
          content: {
            'application/json': {
              schema: WorkingDays,
              example: { from: '2026-12-24', to: '2026-12-29', workingDays: 1 },
            },
          },
        },
        ...problemResponses([400, 401, 500, 503]),
      },
    },
    (c, { query }) => {
      const { from, add, to } = query;
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
        let end: string;
        try {
          end = engine.calendar.addWorkingDays(from, add);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          return problem(c, {
            status: 400,
            kind: 'invalid-query',
            title: 'Bad request',
            detail: 'The answer would fall outside the years the working-day calendar covers.',
            errors: [
              { path: 'add', pointer: '/add', message: `would reach a date that ${OUTSIDE_CALENDAR}` },
            ],
          });
        }
        return jsonResponse(c, { from, to: end, workingDays: add });
      }
      return jsonResponse(c, {
        from,
        to,
        workingDays: engine.calendar.workingDaysBetween(from, to as string),
      });
    },
  );

  const recordExample = firstExample(examples, 'serious-incident-input') as Record<string, unknown>;
  const { laBecameAware: _dropped, ...withoutAwareness } = recordExample;
  router.route(
    {
      method: 'post',
      path: '/v1/validate/{schemaId}',
      operationId: 'validate-records',
      tag: 'Validation',
      summary: 'Check records against their schema',
      description:
        'Send one record or a list of them. Nothing is stored. The same checks as `safeguarding validate` (the published JSON Schema, the coded rules, then the statutory timescales as warnings), with the same report: complete counts by code, then every problem with its record and JSON Pointer, so a whole export can be fixed in one pass.',
      params: ValidateParams,
      query: ValidateQuery,
      body: {
        schema: z
          .union([z.looseObject({}), z.array(z.looseObject({}))])
          .meta({ description: 'One record (an object) or a list of records.' }),
        description: 'The records to check.',
        examples: {
          one: {
            summary: 'One serious incident (POST to /v1/validate/serious-incident-input)',
            value: recordExample,
          },
          list: {
            summary: 'A list, one of them missing laBecameAware',
            value: [recordExample, withoutAwareness],
          },
        },
        checkedBy: 'handler',
      },
      responses: {
        200: {
          description: 'The report: counts, then every problem.',
          content: {
            'application/json': {
              schema: ValidationReport,
              example: {
                summary: {
                  records: 2,
                  valid: 1,
                  invalid: 1,
                  errors: 1,
                  warnings: 0,
                  byCode: {
                    'SCHEMA-REQUIRED': {
                      severity: 'error',
                      count: 1,
                      description: 'A required field is missing.',
                    },
                  },
                  byColumn: {},
                },
                problems: [
                  {
                    severity: 'error',
                    code: 'SCHEMA-REQUIRED',
                    message: 'laBecameAware is required.',
                    file: 'request body',
                    record: 2,
                    line: 1,
                    path: '/laBecameAware',
                  },
                ],
              },
            },
          },
        },
        ...problemResponses([400, 401, 413, 415, 422, 500, 503]),
      },
    },
    async (c, { params, query, body }) => {
      let text: string;
      try {
        text = JSON.stringify(body);
      } catch {
        // Only a body nested thousands of levels deep fails to serialise again: no record is.
        return problem(c, {
          status: 422,
          kind: 'invalid-body',
          title: 'The body is nested too deeply',
          detail:
            'Records are a few levels deep; this body nests thousands of levels. Send the records themselves.',
        });
      }
      const report = await validateBody(params.schemaId, text, {
        asOf: query.asOf ?? londonToday(deps.clock),
        maxProblems: query.maxProblems,
      });
      return jsonResponse(c, report);
    },
  );
}
