import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createToken } from '../auth/tokens.ts';
import { defaultEngine } from '../engine/default-engine.ts';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { openTestAuditLog, TEST_NOW } from '../testing/test-app.ts';
import type { Database } from './database.ts';
import { grantApiRole, migrate } from './migrate.ts';
import { openPostgres } from './pg-database.ts';
import { openFreshPostgres, testBackends } from './test-backends.ts';

/**
 * Two roles on PostgreSQL: the owner runs the migrations; the API runs as a role that may add to the
 * audit log but never change it, and may not change the schema.
 */
const postgres = testBackends().filter((backend) => backend.name === 'postgres');

describe.each(postgres)('least privilege on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'the API’s own role', () => {
    const role = `sg_api_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    let owner: Database & { connectionString: string };
    let api: Database;
    const asAdmin = async (sql: string) => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        await admin.query(sql);
      } finally {
        await admin.end();
      }
    };
    beforeAll(async () => {
      if (!process.env.TEST_DATABASE_URL)
        throw new Error('CI must test against PostgreSQL, but TEST_DATABASE_URL is not set.');
      owner = await openFreshPostgres(process.env.TEST_DATABASE_URL);
      await asAdmin(`create role ${role} login password '${password}'`);
      await grantApiRole(owner, role);
      const url = new URL(owner.connectionString);
      url.username = role;
      url.password = password;
      api = openPostgres(url.toString(), { max: 4 });
    });
    afterAll(async () => {
      await api?.close();
      await owner?.close();
      await asAdmin(`drop role if exists ${role}`);
    });

    it('starts as that role: nothing to migrate, nothing it may not do', async () => {
      expect(await migrate(api)).toEqual([]);
      const { rows } = await api.query<{ update: boolean; truncate: boolean; ddl: boolean }>(
        `select has_table_privilege('audit_events', 'UPDATE') as update,
                has_table_privilege('audit_events', 'TRUNCATE') as truncate,
                has_schema_privilege('public', 'CREATE') as ddl`,
      );
      expect(rows[0]).toEqual({ update: false, truncate: false, ddl: false });
    });

    it.each([
      ['change an event', `update audit_events set outcome = 'ok'`],
      ['delete an event', 'delete from audit_events'],
      ['truncate the events', 'truncate audit_events'],
      ['change a leaf', `update audit_leaves set leaf_hash = '\\x00'`],
      ['delete a checkpoint', 'delete from audit_checkpoints'],
      ['drop the table', 'drop table audit_events'],
      ['switch a trigger off', 'alter table audit_events disable trigger user'],
    ])('may not %s', async (_case, sql) => {
      await expect(api.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    });

    it('runs the API as that role: writes, reads, seals and verifies', async () => {
      const { token } = await createToken(owner, { role: 'partner', areas: ['E08000034'], now: TEST_NOW });
      const audit = await openTestAuditLog(api);
      const app = createApp({ db: api, engine: defaultEngine, clock: () => TEST_NOW, audit });
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const created = await app.request('/v1/serious-incidents', {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': 'one' },
        body: JSON.stringify(seriousIncidentInput()),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await app.request(`/v1/serious-incidents/${id}`, { headers })).status).toBe(200);
      await audit.sealNow();
      const { rows } = await api.query<{ n: number }>('select count(*)::int as n from audit_leaves');
      expect(rows[0]?.n).toBe(2);
      await audit.close();
    });
  });
});
