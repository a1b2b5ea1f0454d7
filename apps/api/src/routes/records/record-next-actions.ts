import { NextActions } from '@safeguarding/schemas';
import { answerNextActions } from '../../engine/answer-next-actions.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import { londonToday } from '../../http/clock.ts';
import type { Router } from '../../http/define-route.ts';
import { problemResponses } from '../../http/problem.ts';
import { namedExamples } from '../../openapi/examples.ts';
import { caseFacts, findCase } from '../../records/case-chain.ts';
import { databaseCaseLookup, type RecordRouteKit } from './record-route-kit.ts';
import { AsOfQuery, IdParam } from './record-schemas.ts';

/** GET /v1/<collection>/{id}/next-actions: what is due on the case this record belongs to. */
export function recordNextActionsRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { entry, base } = kit;
  const caseNote =
    entry.id === 'safeguarding-partnership'
      ? 'The duties of the arrangements themselves.'
      : 'A case is a chain of records: a serious incident, its rapid review, the practice review that covers it and the child death review of a child who died. The answer uses the facts of every record of the case you can see, so a rapid review recorded complete shows as done on the incident too.';
  router.route(
    {
      method: 'get',
      path: `${base}/{id}/next-actions`,
      operationId: `next-actions-for-${entry.id}`,
      tag: entry.tag,
      summary: `What is due on a ${entry.noun}`,
      description: `The duty engine applied to the case facts, as of today or asOf. ${caseNote}`,
      params: IdParam,
      query: AsOfQuery,
      responses: {
        200: {
          description: 'The duties that apply, with due dates, and the questions that would settle the rest.',
          content: {
            'application/json': {
              schema: NextActions,
              examples: namedExamples(deps.examples, 'next-actions'),
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 422, 500]),
      },
    },
    async (c, { params, query }) => {
      const refused = kit.refuseRole(c, 'read');
      if (refused) return refused;
      const record = await kit.readAudited(c, params.id, 'next-actions');
      if (!record) return kit.notFound(c);
      const kase = await findCase(record, databaseCaseLookup(deps, c.get('caller')));
      return answerNextActions(
        c,
        deps.engine,
        deps.clock,
        caseFacts(kase),
        { ...query, asOf: query.asOf ?? londonToday(deps.clock) },
        {
          kind: 'record-facts-invalid',
          detail: `The dates or facts of this ${entry.noun} and its linked records do not fit together, so no deadlines can be worked out. Correct the records named.`,
        },
      );
    },
  );
}
