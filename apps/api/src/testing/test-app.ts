import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppOptions, createApp } from '../app.ts';
import { type AuditLog, openAuditLog } from '../audit/audit-log.ts';
import type { Role } from '../auth/role.ts';
import { createToken } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import type { TestBackend } from '../db/test-backends.ts';
import { defaultEngine } from '../engine/default-engine.ts';
import type { AppEnv } from '../http/app-env.ts';

/** The fixed "now" of API tests: Monday 23 November 2026, 10:00 in London. */
export const TEST_NOW = new Date('2026-11-23T10:00:00.000Z');

export const HOME_AREA = 'E08000034';
export const OTHER_AREA = 'E09000033';

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test code reads arbitrary JSON shapes; assertions check them
  json: any;
  text: string;
}

export interface TestApp {
  app: OpenAPIHono<AppEnv>;
  db: Database;
  /** The app's audit log; its sealer is not started: tests seal when they choose (audit.sealNow()). */
  audit: AuditLog;
  tokens: Record<'partner' | 'otherPartner' | 'panel' | 'auditor' | 'admin', string>;
  call(
    method: string,
    path: string,
    options?: {
      token?: string | null;
      body?: unknown;
      /** Sent as it is: text, or bytes that need not be UTF-8. */
      rawBody?: string | Uint8Array;
      headers?: Record<string, string>;
    },
  ): Promise<Reply>;
  close(): Promise<void>;
}

/** An audit log for a test database: a key and a witness file of its own, in a folder of its own. */
export function openTestAuditLog(db: Database): Promise<AuditLog> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-audit-'));
  return openAuditLog(db, {
    keyPath: join(dir, 'audit-signing-key.pem'),
    createKey: true,
    witnessPath: join(dir, 'audit-witness.jsonl'),
    clock: () => TEST_NOW,
  });
}

/** An app on a fresh database of the given backend, with one token per role, called through app.request(). */
export async function startTestApp(
  backend: TestBackend,
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const db = await backend.open();
  const audit = options.audit ?? (await openTestAuditLog(db));
  const grant = async (role: Role, areas: string[]) =>
    (await createToken(db, { role, areas, now: TEST_NOW })).token;
  const tokens = {
    partner: await grant('partner', [HOME_AREA]),
    otherPartner: await grant('partner', [OTHER_AREA]),
    panel: await grant('panel', []),
    auditor: await grant('auditor', []),
    admin: await grant('admin', []),
  };
  const app = createApp({ db, engine: defaultEngine, clock: () => TEST_NOW, ...options, audit });
  return {
    app,
    db,
    audit,
    tokens,
    async call(method, path, { token = tokens.partner, body, rawBody, headers = {} } = {}) {
      const sent = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
      const response = await app.request(path, {
        method,
        headers: {
          ...(sent === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...headers,
        },
        ...(sent === undefined ? {} : { body: sent }),
      });
      const text = await response.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: response.status, headers: response.headers, json, text };
    },
    async close() {
      await audit.close();
      await db.close();
    },
  };
}
