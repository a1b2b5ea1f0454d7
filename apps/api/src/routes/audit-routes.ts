import { z } from '@hono/zod-openapi';
import { listAuditEvents, verifyAuditChain } from '../audit/audit-log.ts';
import type { AppDeps } from '../http/app-deps.ts';
import { decodeCursor, encodeCursor, invalidCursor } from '../http/cursor.ts';
import { type AppContext, jsonResponse, type Router } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';

const AuditEvent = z
  .object({
    seq: z.number().int().meta({ description: 'Position in the log, from 1.' }),
    at: z.string().meta({ description: 'When (RFC 3339).' }),
    tokenId: z
      .string()
      .nullable()
      .meta({ description: 'Id of the token that made the request (never the token).' }),
    action: z
      .string()
      .meta({ description: 'What was done: create, read, update, list, next-actions, list-due.' }),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    outcome: z.string().meta({ description: 'ok, replayed, not-found, forbidden or stale.' }),
    prevHash: z.string().meta({ description: 'SHA-256 of the event before (64 zeros for the first).' }),
    hash: z.string().meta({ description: 'SHA-256 of prevHash and this event’s content.' }),
  })
  .meta({ id: 'audit-event', description: 'One entry of the append-only audit log. No record content.' });

const AuditPage = z
  .object({ items: z.array(AuditEvent), nextCursor: z.string().optional() })
  .meta({ id: 'audit-event-page', description: 'A page of the audit log, oldest first.' });

const ChainVerdict = z
  .object({
    valid: z
      .boolean()
      .meta({ description: 'True when every event links to the one before and matches its hash.' }),
    events: z.number().int().meta({ description: 'Events checked and found intact.' }),
    firstBrokenSeq: z
      .number()
      .int()
      .optional()
      .meta({ description: 'The first event that was altered, removed or reordered.' }),
    reason: z.string().optional(),
  })
  .meta({ id: 'audit-verification', description: 'Whether the audit log is intact.' });

const PageQuery = z.strictObject({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 500' })
    .int({ error: 'must be a whole number from 1 to 500' })
    .min(1, { error: 'must be a whole number from 1 to 500' })
    .max(500, { error: 'must be a whole number from 1 to 500' })
    .default(100)
    .meta({ description: 'Events per page, 1 to 500 (default 100).' }),
  cursor: z.string().optional().meta({ description: 'nextCursor from the previous page.' }),
});

const mayAudit = (c: AppContext) => ['auditor', 'admin'].includes(c.get('caller').role);
const auditorsOnly = (c: AppContext) =>
  problem(c, {
    status: 403,
    kind: 'forbidden',
    title: 'Not allowed',
    detail: 'Only auditor and admin tokens may read the audit log.',
  });

const EXAMPLE_EVENT = {
  seq: 42,
  at: '2026-11-23T10:00:00.000Z',
  tokenId: '7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f',
  action: 'read',
  recordType: 'serious-incident',
  recordId: '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11',
  outcome: 'ok',
  prevHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  hash: '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752',
};

export function registerAuditRoutes(router: Router, deps: AppDeps): void {
  router.route(
    {
      method: 'get',
      path: '/v1/audit-events',
      operationId: 'list-audit-events',
      tag: 'Audit',
      summary: 'Read the audit log',
      description:
        'Who read or changed which record, when, and the outcome, oldest first, a page at a time. Auditor and admin tokens only. No record content is ever logged.',
      query: PageQuery,
      responses: {
        200: {
          description: 'A page of events.',
          content: {
            'application/json': {
              schema: AuditPage,
              example: { items: [EXAMPLE_EVENT], nextCursor: 'cDQy' },
            },
          },
        },
        ...problemResponses([400, 401, 403, 500]),
      },
    },
    async (c, { query }) => {
      if (!mayAudit(c)) return auditorsOnly(c);
      const { limit, cursor } = query;
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && after === undefined) return invalidCursor(c);
      const page = await listAuditEvents(deps.db, { limit, ...(after ? { afterSeq: Number(after) } : {}) });
      return jsonResponse(c, {
        items: page.events,
        ...(page.nextAfter ? { nextCursor: encodeCursor(page.nextAfter) } : {}),
      });
    },
  );

  router.route(
    {
      method: 'get',
      path: '/v1/audit-events/verify',
      operationId: 'verify-audit-events',
      tag: 'Audit',
      summary: 'Check the audit log has not been tampered with',
      description:
        'Recomputes the hash chain of the whole log: an event edited, removed or reordered is found and named. Auditor and admin tokens only.',
      responses: {
        200: {
          description: 'The verdict.',
          content: { 'application/json': { schema: ChainVerdict, example: { valid: true, events: 42 } } },
        },
        ...problemResponses([400, 401, 403, 500]),
      },
    },
    async (c) => {
      if (!mayAudit(c)) return auditorsOnly(c);
      return jsonResponse(c, await verifyAuditChain(deps.db));
    },
  );
}
