import { z } from '@hono/zod-openapi';
import { IsoDate, NextAction, type NextActions } from '@safeguarding/schemas';
import { auditEventOf } from '../audit/audit-request.ts';
import { memoizedEngine } from '../engine/memoized-engine.ts';
import type { AppDeps } from '../http/app-deps.ts';
import { londonToday } from '../http/clock.ts';
import { invalidCursor } from '../http/cursor.ts';
import { jsonResponse, type Router } from '../http/define-route.ts';
import { problemResponses } from '../http/problem.ts';
import { firstExample } from '../openapi/examples.ts';
import { loadCaseRecords, loadedCaseLookup } from '../records/case-loader.ts';
import {
  callerAudiences,
  doneEventsOf,
  openActionsOf,
  readDuePage,
  refreshDueIndex,
} from '../records/due-index.ts';
import { fromRow, RECORD_COLUMNS, type RecordRow } from '../records/record-repository.ts';
import { decodeDueCursor, encodeDueCursor } from './due-cursor.ts';
import { mayRead } from './records/record-route-kit.ts';
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

export function registerDueRoute(router: Router, deps: AppDeps): void {
  const { db, engine, clock } = deps;
  // The event that discharges each duty: written as the event alone, or with conditions.
  const doneEvents = doneEventsOf(engine);
  // A due page is read again and again in a day: the same facts on the same day are answered once.
  const answering = memoizedEngine(engine);
  let refreshedFor: string | undefined;
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
        ...problemResponses([400, 401, 500, 503]),
      },
    },
    async (c, { query }) => {
      const caller = c.get('caller');
      const after = query.cursor === undefined ? undefined : decodeDueCursor(query.cursor);
      if (query.cursor !== undefined && after === undefined) return invalidCursor(c);
      const asOf = londonToday(clock);
      // Records whose answer changed with today's date are worked out again first (usually none).
      // Writes only ever note days to come, so once a day has been refreshed it stays so.
      if (refreshedFor !== asOf) {
        while ((await refreshDueIndex(db, engine, asOf)) > 0);
        refreshedFor = asOf;
      }
      // One page of the index, in order: the rows of the caller's audiences (a partner of several areas
      // reads each area's, once).
      const rows = await readDuePage(db, callerAudiences(caller), {
        limit: query.limit + 1,
        ...(query.before === undefined ? {} : { before: query.before }),
        ...(after === undefined ? {} : { after }),
      });
      const page = rows.slice(0, query.limit);
      // Each action as the engine answers it today for this caller, exactly as the record's own
      // next-actions route would: status, working days left and caveats change with the day.
      const ids = [...new Set(page.map((row) => row.recordId))];
      const { rows: recordRows } = await db.query<RecordRow>(
        `select ${RECORD_COLUMNS} from records where id = any($1::uuid[])`,
        [ids],
      );
      const records = recordRows.map(fromRow).filter((record) => mayRead(caller, record));
      const lookup = loadedCaseLookup((await loadCaseRecords(db, records)).values(), (record) =>
        mayRead(caller, record),
      );
      const actions = new Map<string, Map<string, NextAction>>();
      for (const record of records) {
        const answer = await openActionsOf(record, lookup, answering, asOf, doneEvents);
        actions.set(record.id, new Map((answer?.actions ?? []).map((action) => [action.duty, action])));
      }
      const byId = new Map(records.map((record) => [record.id, record]));
      const items: DueItem[] = page.flatMap((row) => {
        const record = byId.get(row.recordId);
        const action = actions.get(row.recordId)?.get(row.duty);
        if (!record || !action || !OPEN.has(action.status) || action.dueDate === null) return [];
        if (query.before !== undefined && action.dueDate > query.before) return [];
        return [{ recordType: record.type, recordId: record.id, area: record.area, action }];
      });
      deps.audit.trail.record(
        auditEventOf(c, clock, {
          action: 'list-due',
          outcome: 'ok',
          recordIds: [...new Set(items.map((item) => item.recordId))],
        }),
      );
      const last = page.at(-1);
      return jsonResponse(c, {
        asOf,
        items,
        ...(rows.length > query.limit && last ? { nextCursor: encodeDueCursor(last) } : {}),
      });
    },
  );
}
