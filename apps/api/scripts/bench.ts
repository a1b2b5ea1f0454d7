// Benchmark (not a test): npm run bench -w @safeguarding/api
// Starts the API (embedded PGlite in a temporary folder) and a bare Hono route as separate processes
// on loopback, drives each with autocannon for a few seconds, and reports requests/s and p50/p99
// latency, with each case's throughput as a share of the bare route's.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createToken } from '../src/auth/tokens.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { seriousIncidentInput } from '../src/testing/fixtures.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 50;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function start(args: string[], env = process.env): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=source', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
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
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

async function measure(c: Case) {
  // One second of warm-up per case, not counted, so the figures are steady state rather than the
  // first requests' cold start (JIT, database caches) — with a few thousand requests a run, those few
  // slow ones would otherwise be the p99.
  await autocannon({
    url: c.url,
    method: c.method,
    connections: CONNECTIONS,
    duration: 1,
    ...(c.headers ? { headers: c.headers } : {}),
    ...(c.body ? { body: c.body } : {}),
  });
  const result = await autocannon({
    url: c.url,
    method: c.method,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(c.headers ? { headers: c.headers } : {}),
    ...(c.body ? { body: c.body } : {}),
  });
  const ok = result['2xx'];
  return {
    name: c.name,
    requestsPerSecond: Math.round(ok / SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'sg-bench-'));
const adminUrl = process.env.BENCH_DATABASE_URL;
const benchDatabase = `sg_bench_${process.pid}`;
const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};
const children: ChildProcess[] = [];
try {
  // BENCH_DATABASE_URL runs the API on PostgreSQL instead of the embedded PGlite, in a database of
  // its own that is dropped afterwards.
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${benchDatabase}`);
    await admin.end();
  }
  const databaseUrl = adminUrl ? withDatabase(adminUrl, benchDatabase) : undefined;
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  const { token } = await createToken(db, { role: 'partner', areas: ['E08000034'], now: new Date() });
  await db.close();

  const api = await start(
    [here('../bin/safeguarding-api.js'), 'serve', '--port', '0', '--quiet', '--data', dataDir],
    {
      ...process.env,
      DATABASE_URL: databaseUrl ?? '',
    },
  );
  const bare = await start([here('./bare-server.ts')]);
  children.push(api.child, bare.child);

  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const facts = JSON.stringify({
    area: 'E08000034',
    incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
    events: { laBecameAware: '2026-11-19' },
  });
  const incident = JSON.stringify(seriousIncidentInput());
  const created = await fetch(`${api.url}/v1/serious-incidents`, {
    method: 'POST',
    headers: auth,
    body: incident,
  });
  const { id } = (await created.json()) as { id: string };

  const cases: Case[] = [
    {
      name: 'bare Hono route (POST JSON)',
      url: `${bare.url}/bare`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: facts,
    },
    {
      name: 'bare route + engine (reference)',
      url: `${bare.url}/bare-engine`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: facts,
    },
    {
      name: 'POST /v1/next-actions',
      url: `${api.url}/v1/next-actions`,
      method: 'POST',
      headers: auth,
      body: facts,
    },
    {
      name: 'GET /v1/serious-incidents/{id}',
      url: `${api.url}/v1/serious-incidents/${id}`,
      method: 'GET',
      headers: auth,
    },
    {
      name: 'POST /v1/serious-incidents',
      url: `${api.url}/v1/serious-incidents`,
      method: 'POST',
      headers: auth,
      body: incident,
    },
  ];
  // A short warm-up, so the first case does not pay for the JIT.
  await autocannon({
    url: cases[1]?.url ?? '',
    method: 'POST',
    headers: auth,
    body: facts,
    connections: 10,
    duration: 1,
  });

  const results = [];
  for (const c of cases) results.push(await measure(c));
  const bareRps = results[0]?.requestsPerSecond ?? 1;
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per case, loopback, storage: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}\n`,
  );
  console.log(
    [
      'case'.padEnd(34),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'vs bare'.padStart(8),
      'errors'.padStart(7),
    ].join(' '),
  );
  for (const r of results) {
    console.log(
      [
        r.name.padEnd(34),
        String(r.requestsPerSecond).padStart(8),
        String(r.p50).padStart(8),
        String(r.p99).padStart(8),
        `${Math.round((r.requestsPerSecond / bareRps) * 100)}%`.padStart(8),
        String(r.errors).padStart(7),
      ].join(' '),
    );
  }
  const nextActions = results[2];
  const writes = results[4];
  console.log('\nTargets:');
  console.log(
    `  next-actions >= 50% of bare: ${nextActions && nextActions.requestsPerSecond >= bareRps / 2 ? 'met' : 'NOT met'}`,
  );
  console.log(`  next-actions p99 < 20 ms: ${nextActions && nextActions.p99 < 20 ? 'met' : 'NOT met'}`);
  console.log(`  record writes >= 500/s: ${writes && writes.requestsPerSecond >= 500 ? 'met' : 'NOT met'}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${benchDatabase} with (force)`);
    await admin.end();
  }
}
