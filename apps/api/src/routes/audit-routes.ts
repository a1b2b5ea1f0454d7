import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { listAuditEvents, verifyAuditChain } from '../audit/audit-log.ts';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { type AppContext, defineRoute, jsonResponse, validated } from '../http/define-route.ts';
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

const PageQuery = z.object({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 500' })
    .int({ error: 'must be a whole number from 1 to 500' })
    .min(1, { error: 'must be a whole number from 1 to 500' })
    .max(500, { error: 'must be a whole number from 1 to 500' })
    .default(100),
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

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/v1/audit-events',
      operationId: 'list-audit-events',
      tags: ['Audit'],
      summary: 'Read the audit log',
      request: { query: PageQuery },
      responses: {
        200: { description: 'A page of events.', content: { 'application/json': { schema: AuditPage } } },
        ...problemResponses([400, 401, 403, 500]),
      },
    }),
    async (c) => {
      if (!mayAudit(c)) return auditorsOnly(c);
      const { limit, cursor } = validated<z.infer<typeof PageQuery>>(c, 'query');
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      if (cursor !== undefined && after === undefined) {
        return problem(c, {
          status: 400,
          kind: 'invalid-cursor',
          title: 'Bad request',
          detail: 'The cursor is not one this API gave out. Start again from the first page.',
        });
      }
      const page = await listAuditEvents(deps.db, { limit, ...(after ? { afterSeq: Number(after) } : {}) });
      return jsonResponse(c, {
        items: page.events,
        ...(page.nextAfter ? { nextCursor: encodeCursor(page.nextAfter) } : {}),
      });
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: '/v1/audit-events/verify',
      operationId: 'verify-audit-events',
      tags: ['Audit'],
      summary: 'Check the audit log has not been tampered with',
      responses: {
        200: { description: 'The verdict.', content: { 'application/json': { schema: ChainVerdict } } },
        ...problemResponses([401, 403, 500]),
      },
    }),
    async (c) => {
      if (!mayAudit(c)) return auditorsOnly(c);
      return jsonResponse(c, await verifyAuditChain(deps.db));
    },
  );
}
