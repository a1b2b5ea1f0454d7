import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { IsoDate, NextAction } from '@safeguarding/schemas';
import { auditRequest } from '../audit/audit-request.ts';
import { maySeeAreas, mayUseRecordType, visibleAreas } from '../auth/access.ts';
import { factsErrorIssues } from '../engine/engine.ts';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { londonToday } from '../http/clock.ts';
import { defineRoute, jsonResponse, validated } from '../http/define-route.ts';
import { problemResponses } from '../http/problem.ts';
import { allRecords, findRecord } from '../records/record-repository.ts';
import { RESOURCES } from '../records/resources.ts';

const DueQuery = z.object({
  before: IsoDate.optional().meta({
    description: 'Only actions due on or before this date, YYYY-MM-DD. Default: everything due or overdue.',
  }),
});

const DueItem = z
  .object({
    recordType: z
      .string()
      .meta({ description: 'Type of the record the action belongs to, for example serious-incident.' }),
    recordId: z.string().meta({ description: 'Id of the record.' }),
    area: z.string().meta({ description: 'Area (GSS code) of the record.' }),
    action: NextAction,
  })
  .meta({ id: 'due-item', description: 'One action due on one case.' });

const DueList = z
  .object({
    asOf: IsoDate.meta({ description: 'Today, in England: the date statuses are worked out for.' }),
    items: z.array(DueItem).meta({ description: 'Overdue and due actions, soonest due date first.' }),
  })
  .meta({ id: 'due-list', description: 'What is due or overdue across all your cases.' });

/** Statuses that still need someone to act. */
const OPEN = new Set(['due', 'overdue']);

export function registerDueRoute(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { db, engine, clock } = deps;
  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/v1/due',
      operationId: 'list-due',
      tags: ['Duties'],
      summary: 'What is due or overdue across your cases',
      description:
        'The to-do list of a partnership: every action due or overdue on every record you can see, soonest first. Records whose facts do not fit together are left out (open them for the reason).',
      request: { query: DueQuery },
      responses: {
        200: { description: 'The due list.', content: { 'application/json': { schema: DueList } } },
        ...problemResponses([400, 401, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      const { before } = validated<z.infer<typeof DueQuery>>(c, 'query');
      const asOf = londonToday(clock);
      const resources = RESOURCES.filter((r) => mayUseRecordType(caller, r.type, 'read'));
      const records = await db.transaction(async (tx) => {
        const found = await allRecords(
          tx,
          resources.map((r) => r.type),
          visibleAreas(caller),
        );
        await auditRequest(tx, c, clock, { action: 'list-due', recordType: null, outcome: 'ok' });
        return found;
      });
      const related = async (type: string, id: string) => {
        const record = await findRecord(db, type, id);
        return record && maySeeAreas(caller, record.areas) ? record.body : undefined;
      };
      const items: z.infer<typeof DueItem>[] = [];
      for (const record of records) {
        const resource = resources.find((r) => r.type === record.type);
        if (!resource) continue;
        let actions: z.infer<typeof NextAction>[];
        try {
          actions = engine.nextActions(await resource.facts(record.body, related), { asOf }).actions;
        } catch (error) {
          if (factsErrorIssues(error)) continue;
          throw error;
        }
        for (const action of actions) {
          if (!OPEN.has(action.status) || action.dueDate === null) continue;
          if (before !== undefined && action.dueDate > before) continue;
          items.push({ recordType: record.type, recordId: record.id, area: record.area, action });
        }
      }
      items.sort(
        (a, b) =>
          (a.action.dueDate ?? '').localeCompare(b.action.dueDate ?? '') ||
          a.recordId.localeCompare(b.recordId) ||
          a.action.duty.localeCompare(b.action.duty),
      );
      return jsonResponse(c, { asOf, items });
    },
  );
}
