import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CaseFacts, Duty, Edition, IsoDate, NextActions } from '@safeguarding/schemas';
import { answerNextActions } from '../engine/answer-next-actions.ts';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { defineRoute, defineRouteCheckingOwnBody, jsonResponse, validated } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';

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
}
