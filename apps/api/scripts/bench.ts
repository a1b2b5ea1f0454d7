// Benchmark (not a test): npm run bench -w @safeguarding/api [-- options], or the root `npm run bench`,
// which runs it with --json and writes bench/results.md.
//
// Starts the API (`safeguarding-api serve`, as deployed) on each storage, drives it with autocannon on
// loopback, and reports requests/s and p50/p99 latency per case and number of connections, each the
// median of several runs with their min and max, beside the same server's /healthz in the same run.
// Storages: PGlite (a temporary folder), PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, a
// database of its own, dropped afterwards), and two API processes sharing that PostgreSQL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { createToken } from '../src/auth/tokens.ts';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { defaultEngine } from '../src/engine/default-engine.ts';
import { ensureDueIndex } from '../src/records/due-index.ts';
import { seriousIncidentInput } from '../src/testing/fixtures.ts';

const { values } = parseArgs({
  options: {
    storages: { type: 'string', default: 'reference,pglite,postgres,postgres-2' },
    connections: { type: 'string', default: '1,10,50,200' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '3' },
    'due-records': { type: 'string', default: '100000' },
    json: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const CONNECTIONS = values.connections.split(',').map(Number);
const DUE_RECORDS = Number(values['due-records']);
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const AREA = 'E08000034';
const BIN = fileURLToPath(new URL('../bin/safeguarding-api.js', import.meta.url));
const TODAY = new Date().toISOString().slice(0, 10);

export interface Spread {
  median: number;
  min: number;
  max: number;
}
export interface Figure {
  requestsPerSecond: Spread;
  p50: Spread;
  p99: Spread;
  errors: number;
}
export interface StorageResult {
  storage: string;
  description: string;
  /** case -> connections -> figure */
  cases: Record<string, Record<number, Figure>>;
  /** After the last case: seconds until every audit event logged was sealed into a checkpoint. */
  sealLagSeconds?: number;
}

function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

function startServer(
  dataDir: string,
  databaseUrl: string | undefined,
): Promise<{ url: string; child: ChildProcess }> {
  return startProcess([BIN, 'serve', '--port', '0', '--quiet', '--data', dataDir], databaseUrl);
}

/** A Node process of ours, on a free loopback port; resolves when it says where it listens. */
function startProcess(args: string[], databaseUrl?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=source', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited (${code}): ${stderr}`)));
  });
}

interface Case {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A fresh Idempotency-Key per request, as a real client sends. */
  uniqueKey?: boolean;
}

async function drive(urls: string[], c: Case, connections: number, seconds: number) {
  // Several API processes: one autocannon per process, the connections shared between them.
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: `${url}${c.path}`,
        method: c.method,
        connections: Math.max(1, Math.round(connections / urls.length)),
        duration: seconds,
        ...(c.headers ? { headers: c.headers } : {}),
        ...(c.body ? { body: c.body } : {}),
        ...(c.uniqueKey
          ? {
              requests: [
                {
                  setupRequest: (request: { headers: Record<string, string> }) => ({
                    ...request,
                    headers: { ...request.headers, 'idempotency-key': randomUUID() },
                  }),
                },
              ],
            }
          : {}),
      }),
    ),
  );
  return {
    requestsPerSecond: results.reduce((sum, r) => sum + r['2xx'], 0) / seconds,
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

/** Many serious incidents, straight into the database, then the due index worked out for them all. */
async function seedRecords(db: Database, count: number): Promise<void> {
  const base = seriousIncidentInput(AREA);
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      // Spread the incidents over the last four months, so due dates vary.
      const aware = new Date(Date.now() - ((done + i) % 120) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: randomUUID(),
        body: { ...base, incidentDate: aware, laBecameAware: aware, caseOutline: `Seeded case ${done + i}.` },
      };
    });
    await db.query(
      `insert into records (id, type, area, areas, version, body, created_at, updated_at)
       select r.id, 'serious-incident', $2, array[$2], 1, r.body, now(), now()
       from jsonb_to_recordset($1::jsonb) as r(id uuid, body jsonb)`,
      [JSON.stringify(rows), AREA],
    );
  }
  await db.exec('delete from due_index_state');
  await ensureDueIndex(db, defaultEngine, TODAY);
}

const FACTS = JSON.stringify({
  area: AREA,
  incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
  events: { laBecameAware: '2026-11-19' },
});

/** Measures each case at each number of connections, a few runs each. */
async function measureCases(storage: string, urls: string[], cases: Case[], connections: number[]) {
  const measured: StorageResult['cases'] = {};
  for (const c of cases) {
    // Warm up (JIT, caches, pools) so the figures are steady state.
    await drive(urls, c, 10, 1);
    measured[c.name] = {};
    for (const n of connections) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await drive(urls, c, n, SECONDS));
      const figure: Figure = {
        requestsPerSecond: spread(runs.map((r) => Math.round(r.requestsPerSecond))),
        p50: spread(runs.map((r) => r.p50)),
        p99: spread(runs.map((r) => r.p99)),
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
      };
      (measured[c.name] as Record<number, Figure>)[n] = figure;
      console.error(
        `${storage.padEnd(10)} ${c.name.padEnd(32)} ${String(n).padStart(3)} conn  ${String(figure.requestsPerSecond.median).padStart(7)} req/s  p50 ${figure.p50.median} ms  p99 ${figure.p99.median} ms${figure.errors ? `  ${figure.errors} errors` : ''}`,
      );
    }
  }
  return measured;
}

/** Bare Hono routes: what /healthz and the engine cost with nothing of the API around them. */
async function benchReference(): Promise<StorageResult> {
  const bare = await startProcess([fileURLToPath(new URL('./bare-server.ts', import.meta.url))]);
  try {
    const json = { 'content-type': 'application/json' };
    return {
      storage: 'reference',
      description:
        'Bare Hono routes, no storage: /healthz, and the engine behind a bare route (no token, checks, headers or audit)',
      cases: await measureCases(
        'reference',
        [bare.url],
        [
          { name: 'GET /healthz', path: '/healthz', method: 'GET' },
          {
            name: 'POST /v1/next-actions',
            path: '/v1/next-actions',
            method: 'POST',
            headers: json,
            body: FACTS,
          },
        ],
        [50],
      ),
    };
  } finally {
    bare.child.kill('SIGTERM');
  }
}

async function benchStorage(storage: string): Promise<StorageResult | undefined> {
  if (storage === 'reference') return benchReference();
  const postgres = storage.startsWith('postgres');
  if (postgres && !ADMIN_URL) {
    console.error(
      `skipping ${storage}: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL superuser URL`,
    );
    return undefined;
  }
  const processes = storage === 'postgres-2' ? 2 : 1;
  const dataDir = mkdtempSync(join(tmpdir(), 'sg-bench-'));
  const databaseName = `sg_bench_${process.pid}_${storage.replace('-', '_')}`;
  let databaseUrl: string | undefined;
  if (postgres && ADMIN_URL) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${databaseName}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  const children: ChildProcess[] = [];
  try {
    const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
    const { token } = await createToken(db, { role: 'partner', areas: [AREA], now: new Date() });
    // The due list of an area holding every seeded record (the two-process run reuses nothing: it is
    // about the audited read and create, and is measured at 50 connections only).
    const seeded = processes === 1 ? DUE_RECORDS : 0;
    const seedStarted = Date.now();
    if (seeded > 0) await seedRecords(db, seeded);
    await db.close();
    if (seeded > 0)
      console.error(
        `${storage}: seeded ${seeded} records in ${Math.round((Date.now() - seedStarted) / 1000)} s`,
      );
    const servers = [];
    for (let i = 0; i < processes; i++) servers.push(await startServer(dataDir, databaseUrl));
    children.push(...servers.map((server) => server.child));
    const urls = servers.map((server) => server.url);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const incident = JSON.stringify(seriousIncidentInput(AREA));
    const created = await fetch(`${urls[0]}/v1/serious-incidents`, {
      method: 'POST',
      headers: auth,
      body: incident,
    });
    const { id } = (await created.json()) as { id: string };
    const cases: Case[] = [
      { name: 'GET /healthz', path: '/healthz', method: 'GET' },
      { name: 'POST /v1/next-actions', path: '/v1/next-actions', method: 'POST', headers: auth, body: FACTS },
      {
        name: 'GET /v1/serious-incidents/{id}',
        path: `/v1/serious-incidents/${id}`,
        method: 'GET',
        headers: auth,
      },
      {
        name: 'POST /v1/serious-incidents',
        path: '/v1/serious-incidents',
        method: 'POST',
        headers: auth,
        body: incident,
        uniqueKey: true,
      },
      ...(seeded > 0
        ? [{ name: 'GET /v1/due', path: '/v1/due?limit=50', method: 'GET' as const, headers: auth }]
        : []),
    ];
    const connections = processes === 1 ? CONNECTIONS : [50];
    const chosen =
      processes === 1
        ? cases
        : cases.filter((c) =>
            ['GET /healthz', 'GET /v1/serious-incidents/{id}', 'POST /v1/serious-incidents'].includes(c.name),
          );
    const measured = await measureCases(storage, urls, chosen, connections);
    // How far behind the sealer was when the load stopped: the time until nothing is left unsealed.
    // (PostgreSQL only: the embedded folder is the server's while it runs.)
    let sealLagSeconds: number | undefined;
    if (databaseUrl) {
      const check = new pg.Client({ connectionString: databaseUrl });
      await check.connect();
      const stopped = Date.now();
      const unsealed = async () =>
        (
          await check.query<{ n: number }>(
            `select count(*)::int as n from audit_events
             where seq > coalesce((select max(last_seq) from audit_checkpoints), 0)`,
          )
        ).rows[0]?.n ?? 0;
      while ((await unsealed()) > 0 && Date.now() - stopped < 60_000)
        await new Promise((r) => setTimeout(r, 50));
      sealLagSeconds = Math.round((Date.now() - stopped) / 100) / 10;
      await check.end();
    }
    return {
      storage,
      description:
        storage === 'pglite'
          ? 'PGlite (embedded), one API process'
          : storage === 'postgres'
            ? 'PostgreSQL, one API process'
            : 'PostgreSQL, two API processes (connections shared between them)',
      cases: measured,
      ...(sealLagSeconds === undefined ? {} : { sealLagSeconds }),
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rmSync(dataDir, { recursive: true, force: true });
    if (postgres && ADMIN_URL) {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    }
  }
}

const results: StorageResult[] = [];
for (const storage of values.storages.split(',')) {
  const result = await benchStorage(storage);
  if (result) results.push(result);
}
const report = { runs: RUNS, seconds: SECONDS, connections: CONNECTIONS, dueRecords: DUE_RECORDS, results };
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
else console.log(JSON.stringify(report, null, 2));
