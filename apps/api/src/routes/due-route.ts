import { z } from '@hono/zod-openapi';
import { IsoDate, NextAction, type NextActions } from '@safeguarding/schemas';
import { auditRequest } from '../audit/audit-request.ts';
import { mayUseRecordType, visibleAreas } from '../auth/access.ts';
import { factsErrorIssues } from '../engine/engine.ts';
import type { AppDeps } from '../http/app-deps.ts';
import { londonToday } from '../http/clock.ts';
import { invalidCursor } from '../http/cursor.ts';
import { jsonResponse, type Router } from '../http/define-route.ts';
import { problemResponses } from '../http/problem.ts';
import { firstExample } from '../openapi/examples.ts';
import { actionOwner, type CaseLookup, caseFacts, findCase, linkedIds } from '../records/case-chain.ts';
import { allRecords, RECORD_TYPES_BY_ID, type StoredRecord } from '../records/record-repository.ts';
import { type DuePosition, decodeDueCursor, encodeDueCursor } from './due-cursor.ts';
import { pageQueryFields } from './records/record-schemas.ts';

const DueQuery = z.strictObject({
  before: IsoDate.optional().meta({
    description: 'Only actions due on or before this date, YYYY-MM-DD. Default: everything due or overdue.',
  }),
  ...pageQueryFields,
});

const DueItem = z
  .object({
    recordType: z.string().meta({
      description:
        'Type of the record the action belongs to (the one to update when it is done), for example rapid-review.',
    }),
    recordId: z.string().meta({ description: 'Id of the record.' }),
    area: z.string().meta({ description: 'Area (GSS code) of the record.' }),
    action: NextAction,
  })
  .meta({ id: 'due-item', description: 'One action due on one case.' });

const DuePage = z
  .object({
    asOf: IsoDate.meta({ description: 'Today, in England: the date statuses are worked out for.' }),
    items: z.array(DueItem).meta({ description: 'Overdue and due actions, soonest due date first.' }),
    nextCursor: z
      .string()
      .optional()
      .meta({ description: 'Pass as cursor to get the next page; absent on the last page.' }),
  })
  .meta({ id: 'due-list', description: 'A page of what is due or overdue across all your cases.' });

type DueItem = z.infer<typeof DueItem>;

/** Statuses that still need someone to act. */
const OPEN = new Set(['due', 'overdue']);

const positionOf = (item: DueItem): DuePosition => ({
  dueDate: item.action.dueDate ?? '',
  recordId: item.recordId,
  duty: item.action.duty,
});

function compare(a: DuePosition, b: DuePosition): number {
  return (
    a.dueDate.localeCompare(b.dueDate) || a.recordId.localeCompare(b.recordId) || a.duty.localeCompare(b.duty)
  );
}

/** Finds the records of a case among records already loaded (all of them the caller may see). */
function loadedCaseLookup(records: readonly StoredRecord[]): CaseLookup {
  const byId = new Map(records.map((record) => [record.id, record]));
  const linking = new Map<string, StoredRecord[]>();
  for (const record of records) {
    for (const link of linkedIds(record)) linking.set(link.id, [...(linking.get(link.id) ?? []), record]);
  }
  return {
    find: async (type, id) => {
      const record = byId.get(id);
      return record?.type === type ? record : undefined;
    },
    linkingTo: async (_type, id) => linking.get(id) ?? [],
  };
}

export function registerDueRoute(router: Router, deps: AppDeps): void {
  const { db, engine, clock } = deps;
  // The event that discharges each duty: written as the event alone, or with conditions.
  const doneEvents = new Map(
    engine.catalogue.map((duty) => [duty.id, typeof duty.done === 'string' ? duty.done : duty.done?.event]),
  );
  const example = firstExample(deps.examples, 'next-actions') as NextActions;
  router.route(
    {
      method: 'get',
      path: '/v1/due',
      operationId: 'list-due',
      tag: 'Duties',
      summary: 'What is due or overdue across your cases',
      description:
        'The to-do list of a partnership: every action due or overdue on every case you can see, soonest first, a page at a time. Each action is listed once, against the record of its case that records it as done (a rapid review’s completion against the rapid review, or against the serious incident until a rapid review is recorded). Records whose facts do not fit together are left out (open their next actions for the reason).',
      query: DueQuery,
      responses: {
        200: {
          description: 'A page of the due list.',
          content: {
            'application/json': {
              schema: DuePage,
              example: {
                asOf: example.asOf,
                items: example.actions
                  .filter((action) => OPEN.has(action.status))
                  .map((action) => ({
                    recordType: 'serious-incident',
                    recordId: '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11',
                    area: 'E08000034',
                    action,
                  })),
                nextCursor: encodeDueCursor({
                  dueDate: example.asOf,
                  recordId: '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11',
                  duty: 'si-notify-panel',
                }),
              },
            },
          },
        },
        ...problemResponses([400, 401, 500]),
      },
    },
    async (c, { query }) => {
      const caller = c.get('caller');
      const after = query.cursor === undefined ? undefined : decodeDueCursor(query.cursor);
      if (query.cursor !== undefined && after === undefined) return invalidCursor(c);
      const asOf = londonToday(clock);
      const types = [...RECORD_TYPES_BY_ID.values()]
        .filter((entry) => entry.embeddedIn === undefined && mayUseRecordType(caller, entry, 'read'))
        .map((entry) => entry.id);
      const records = await db.transaction(async (tx) => {
        const found = await allRecords(tx, types, visibleAreas(caller));
        await auditRequest(tx, c, clock, { action: 'list-due', recordType: null, outcome: 'ok' });
        return found;
      });
      const lookup = loadedCaseLookup(records);
      const items: DueItem[] = [];
      for (const record of records) {
        const kase = await findCase(record, lookup);
        let answer: NextActions;
        try {
          answer = engine.nextActions(caseFacts(kase), { asOf });
        } catch (error) {
          if (factsErrorIssues(error)) continue;
          throw error;
        }
        for (const action of answer.actions) {
          if (!OPEN.has(action.status) || action.dueDate === null) continue;
          if (query.before !== undefined && action.dueDate > query.before) continue;
          // Each record of a case sees the whole case: list an action only on the record it belongs to.
          if (actionOwner(kase, doneEvents.get(action.duty)).id !== record.id) continue;
          const item = { recordType: record.type, recordId: record.id, area: record.area, action };
          if (after === undefined || compare(positionOf(item), after) > 0) items.push(item);
        }
      }
      items.sort((a, b) => compare(positionOf(a), positionOf(b)));
      const page = items.slice(0, query.limit);
      const last = page.at(-1);
      return jsonResponse(c, {
        asOf,
        items: page,
        ...(items.length > query.limit && last ? { nextCursor: encodeDueCursor(positionOf(last)) } : {}),
      });
    },
  );
}
