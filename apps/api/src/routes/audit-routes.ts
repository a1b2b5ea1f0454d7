import { z } from '@hono/zod-openapi';
import {
  AUDIT_ACTIONS,
  AUDIT_EVENT_COLUMNS,
  AUDIT_OUTCOMES,
  type AuditEventRow,
  auditEventFromRow,
} from '../audit/audit-event.ts';
import { type AuditedAccess, auditEventOf } from '../audit/audit-request.ts';
import { inclusionProofOf } from '../audit/inclusion-proof.ts';
import { verifyAuditLog } from '../audit/verify-audit-log.ts';
import { readWitness } from '../audit/witness-file.ts';
import type { AppDeps } from '../http/app-deps.ts';
import { decodeSeqCursor, encodeSeqCursor, invalidCursor } from '../http/cursor.ts';
import { type AppContext, jsonResponse, type Router } from '../http/define-route.ts';
import { problem, problemResponses } from '../http/problem.ts';

const AuditEvent = z
  .object({
    seq: z
      .number()
      .int()
      .meta({ description: 'Position in the log, from 1. Rolled-back requests leave gaps.' }),
    at: z.string().meta({ description: 'When (RFC 3339).' }),
    tokenId: z.string().nullable().meta({
      description: 'Id of the token that made the request (never the token); null when none was valid.',
    }),
    requestId: z
      .string()
      .nullable()
      .meta({ description: 'The request’s X-Request-Id, as in the access log.' }),
    action: z.enum(AUDIT_ACTIONS).meta({ description: 'What was asked for.' }),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    recordIds: z
      .array(z.string())
      .meta({ description: 'The records a list or due page returned, in its order.' }),
    outcome: z.enum(AUDIT_OUTCOMES),
  })
  .meta({ id: 'audit-event', description: 'One entry of the append-only audit log. No record content.' });

const AuditPage = z
  .object({ items: z.array(AuditEvent), nextCursor: z.string().optional() })
  .meta({ id: 'audit-event-page', description: 'A page of the audit log, oldest first.' });

const AuditVerification = z
  .object({
    valid: z
      .boolean()
      .meta({ description: 'True when the log matches every signed checkpoint and the witness file.' }),
    events: z
      .number()
      .int()
      .meta({ description: 'Sealed events found intact, from the start to the first problem.' }),
    firstBadSeq: z
      .number()
      .int()
      .optional()
      .meta({ description: 'The event where the log first goes wrong.' }),
    problems: z
      .array(
        z.object({
          position: z.number().int().optional().meta({ description: 'Position in the Merkle tree, from 0.' }),
          seq: z.number().int().optional(),
          message: z.string(),
        }),
      )
      .meta({ description: 'Everything found wrong, first position first.' }),
    checkpoint: z
      .object({
        treeSize: z.number().int(),
        rootHash: z.string(),
        signedAt: z.string(),
        lastSeq: z.number().int(),
      })
      .optional()
      .meta({ description: 'The newest signed checkpoint.' }),
    unsealed: z.number().int().meta({ description: 'Events logged after it, not yet sealed.' }),
    witnessedTreeSize: z
      .number()
      .int()
      .optional()
      .meta({ description: 'The largest tree the witness file vouches for.' }),
  })
  .meta({
    id: 'audit-verification',
    description: 'Whether the audit log is intact, and if not, where it goes wrong.',
  });

const InclusionProof = z
  .object({
    event: AuditEvent,
    leafIndex: z.number().int().meta({ description: 'The event’s position in the tree, from 0.' }),
    leafData: z
      .string()
      .meta({ description: 'The exact text the leaf hash covers: SHA-256(0x00 ‖ leafData).' }),
    leafHash: z.string().meta({ description: 'Hex.' }),
    auditPath: z
      .array(z.string())
      .meta({ description: 'Hex node hashes from the leaf up (RFC 9162 §2.1.3).' }),
    checkpoint: z
      .object({
        treeSize: z.number().int(),
        rootHash: z.string(),
        signedAt: z.string(),
        lastSeq: z.number().int(),
        keyId: z.string(),
        note: z.string().meta({ description: 'The signed text (C2SP tlog-checkpoint layout).' }),
        signature: z.string().meta({ description: 'Ed25519 signature of note, base64.' }),
      })
      .meta({ description: 'The newest checkpoint, which the audit path leads to.' }),
  })
  .meta({ id: 'audit-inclusion-proof', description: 'Proof that one event is in the signed log.' });

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

const SeqParam = z.strictObject({
  seq: z.coerce
    .number({ error: 'must be the seq of an audit event' })
    .int({ error: 'must be the seq of an audit event' })
    .min(1, { error: 'must be the seq of an audit event' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'must be the seq of an audit event' })
    .meta({ param: { name: 'seq', in: 'path' }, description: 'The event’s seq.' }),
});

const EXAMPLE_EVENT = {
  seq: 42,
  at: '2026-11-23T10:00:00.000Z',
  tokenId: '7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f',
  requestId: '0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42',
  action: 'read' as const,
  recordType: 'serious-incident',
  recordId: '3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11',
  recordIds: [],
  outcome: 'ok' as const,
};

export function registerAuditRoutes(router: Router, deps: AppDeps): void {
  const { audit, clock, db } = deps;
  const log = (c: AppContext, access: AuditedAccess) => audit.trail.record(auditEventOf(c, clock, access));
  /** Only auditors and admins read the log; a refusal is logged like any other. */
  const refuseNonAuditor = (c: AppContext, action: AuditedAccess['action']): Response | undefined => {
    if (['auditor', 'admin'].includes(c.get('caller').role)) return undefined;
    log(c, { action, outcome: 'forbidden' });
    return problem(c, {
      status: 403,
      kind: 'forbidden',
      title: 'Not allowed',
      detail: 'Only auditor and admin tokens may read the audit log.',
    });
  };
  /** Reads of the log include every event logged before them, and are logged themselves. */
  const upToNow = async (c: AppContext, action: AuditedAccess['action']) => {
    log(c, { action, outcome: 'ok' });
    await audit.trail.flush();
  };

  router.route(
    {
      method: 'get',
      path: '/v1/audit-events',
      operationId: 'list-audit-events',
      tag: 'Audit',
      summary: 'Read the audit log',
      description:
        'Who read or changed which record, when, and the outcome, oldest first, a page at a time: every access to records, every refusal and every read of this log. Auditor and admin tokens only. No record content is ever logged.',
      query: PageQuery,
      responses: {
        200: {
          description: 'A page of events.',
          content: {
            'application/json': {
              schema: AuditPage,
              example: { items: [EXAMPLE_EVENT], nextCursor: encodeSeqCursor(42) },
            },
          },
        },
        ...problemResponses([400, 401, 403, 500, 503]),
      },
    },
    async (c, { query }) => {
      const refused = refuseNonAuditor(c, 'audit-list');
      if (refused) return refused;
      const after = query.cursor === undefined ? 0 : decodeSeqCursor(query.cursor);
      if (after === undefined) return invalidCursor(c);
      await upToNow(c, 'audit-list');
      const { rows } = await db.query<AuditEventRow>(
        `select ${AUDIT_EVENT_COLUMNS} from audit_events where seq > $1 order by seq limit $2`,
        [after, query.limit + 1],
      );
      const events = rows.slice(0, query.limit).map(auditEventFromRow);
      const last = events.at(-1);
      return jsonResponse(c, {
        items: events,
        ...(rows.length > query.limit && last ? { nextCursor: encodeSeqCursor(last.seq) } : {}),
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
        'Recomputes the Merkle tree (RFC 9162) from the events as they are now and checks it against every signed checkpoint and against the witness file kept outside the database: an event edited, deleted, reordered or added, hashes recomputed to hide it, the end of the log cut off or its tables truncated are each found, with the first bad position. Events logged in the last second or so are not sealed yet and are counted as unsealed. Auditor and admin tokens only.',
      responses: {
        200: {
          description: 'The verdict.',
          content: {
            'application/json': {
              schema: AuditVerification,
              examples: {
                intact: {
                  summary: 'An intact log',
                  value: {
                    valid: true,
                    events: 42,
                    problems: [],
                    checkpoint: {
                      treeSize: 42,
                      rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
                      signedAt: '2026-11-23T10:00:01.000Z',
                      lastSeq: 42,
                    },
                    unsealed: 0,
                    witnessedTreeSize: 42,
                  },
                },
                edited: {
                  summary: 'An event changed after it was sealed',
                  value: {
                    valid: false,
                    events: 2,
                    firstBadSeq: 3,
                    problems: [
                      {
                        position: 2,
                        seq: 3,
                        message: 'Event 3 was changed after it was sealed (position 2).',
                      },
                    ],
                    unsealed: 0,
                  },
                },
              },
            },
          },
        },
        ...problemResponses([400, 401, 403, 500, 503]),
      },
    },
    async (c) => {
      const refused = refuseNonAuditor(c, 'audit-verify');
      if (refused) return refused;
      await upToNow(c, 'audit-verify');
      // Seal what is final now (a no-op when another replica is sealing), so the verdict covers it.
      await audit.sealer.sealOnce();
      const verdict = await verifyAuditLog(db, {
        key: audit.verifyKey,
        witness: readWitness(audit.witnessPath),
      });
      return jsonResponse(c, verdict);
    },
  );

  router.route(
    {
      method: 'get',
      path: '/v1/audit-events/{seq}/proof',
      operationId: 'prove-audit-event',
      tag: 'Audit',
      summary: 'Prove one event is in the signed log',
      description:
        'An inclusion proof (RFC 9162 §2.1.3): the event, the text its leaf hash covers, the audit path to the root of the newest checkpoint, and that checkpoint with its Ed25519 signature, so the event can be checked against the public key without trusting this server. Auditor and admin tokens only.',
      params: SeqParam,
      responses: {
        200: {
          description: 'The proof.',
          content: {
            'application/json': {
              schema: InclusionProof,
              example: {
                event: EXAMPLE_EVENT,
                leafIndex: 41,
                leafData: `["safeguarding-audit-event/1",42,"2026-11-23T10:00:00.000Z","7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f","0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42","read","serious-incident","3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11",[],"ok"]`,
                leafHash: '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
                auditPath: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e'],
                checkpoint: {
                  treeSize: 42,
                  rootHash: '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
                  signedAt: '2026-11-23T10:00:01.000Z',
                  lastSeq: 42,
                  keyId: '9f86d081884c7d659a2feaa0c55ad015',
                  note: 'safeguarding-toolkit audit log\n42\nXcnaeacGWamtVZy3Ad7Zoqudgjqtb0lgz+Nw7/RgQyg=\ntime 2026-11-23T10:00:01.000Z\nlast-seq 42\n',
                  signature: 'c2lnbmF0dXJl',
                },
              },
            },
          },
        },
        ...problemResponses([400, 401, 403, 404, 409, 500, 503]),
      },
    },
    async (c, { params }) => {
      const refused = refuseNonAuditor(c, 'audit-proof');
      if (refused) return refused;
      await upToNow(c, 'audit-proof');
      await audit.sealer.sealOnce();
      const result = await inclusionProofOf(db, params.seq);
      if (result.state === 'missing') {
        return problem(c, {
          status: 404,
          kind: 'not-found',
          title: 'Not found',
          detail: `There is no audit event ${params.seq}.`,
        });
      }
      if (result.state === 'unsealed') {
        return problem(
          c,
          {
            status: 409,
            kind: 'not-sealed-yet',
            title: 'Not sealed yet',
            detail: `Audit event ${params.seq} is not sealed into the log yet. Ask again in a second.`,
          },
          { 'retry-after': '1' },
        );
      }
      return jsonResponse(c, result.proof);
    },
  );
}
