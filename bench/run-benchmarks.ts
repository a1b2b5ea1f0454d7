// `npm run bench` (root): every benchmark of the toolkit, written to bench/results.md.
//   - the engine and the working-day calendar (packages/rules/bench), on one core;
//   - the validator (`npm run bench -w @safeguarding/validator`), when the package is there;
//   - the API (apps/api/scripts/bench.ts): requests/s and p50/p99 per case and number of
//     connections, beside the same server's /healthz, on PGlite and on PostgreSQL (BENCH_DATABASE_URL
//     or TEST_DATABASE_URL; skipped, and said so, without one).
// Each figure is the median of several runs, with the min and max. Options after `--` go to the API
// benchmark (for example `npm run bench -- --runs 5`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure, Spread, StorageResult } from '../apps/api/scripts/bench.ts';
import { benchDaysAdd } from '../packages/rules/bench/days-add.ts';
import { benchNextActions } from '../packages/rules/bench/next-actions.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;
const started = new Date();

function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}
const n = (value: number) => Math.round(value).toLocaleString('en-GB');
const withRange = (s: Spread, unit = '') =>
  s.min === s.max ? `${n(s.median)}${unit}` : `${n(s.median)}${unit} (${n(s.min)}–${n(s.max)})`;

// 1. The engine and the calendar.
console.error('engine and calendar…');
const engineRuns = Array.from({ length: RUNS }, () => [...benchNextActions(), ...benchDaysAdd()]);
const engineRows = (engineRuns[0] ?? []).map((result, index) => ({
  name: result.name,
  perSecond: spread(engineRuns.map((run) => run[index]?.opsPerSecond ?? 0)),
}));

// 2. The validator, when it exists (its own figures, as it prints them).
let validator: string | undefined;
const validatorPackage = join(root, 'packages/validator/package.json');
if (existsSync(validatorPackage) && JSON.parse(readFileSync(validatorPackage, 'utf8')).scripts?.bench) {
  console.error('validator…');
  const ran = spawnSync('npm', ['run', 'bench', '-w', '@safeguarding/validator', '--silent'], {
    cwd: root,
    encoding: 'utf8',
  });
  validator =
    `${ran.stdout}${ran.status === 0 ? '' : `\n(exited ${ran.status}: ${ran.stderr.trim()})`}`.trim();
}

// 3. The API.
console.error('API (a few minutes)…');
const scratch = mkdtempSync(join(tmpdir(), 'sg-bench-results-'));
const apiJson = join(scratch, 'api.json');
execFileSync(
  process.execPath,
  [
    '--conditions=source',
    join(root, 'apps/api/scripts/bench.ts'),
    '--json',
    apiJson,
    ...process.argv.slice(2),
  ],
  { cwd: join(root, 'apps/api'), stdio: ['ignore', 'inherit', 'inherit'] },
);
const api = JSON.parse(readFileSync(apiJson, 'utf8')) as {
  runs: number;
  seconds: number;
  connections: number[];
  dueRecords: number;
  results: StorageResult[];
};
rmSync(scratch, { recursive: true, force: true });

// The machine, for the record.
const postgresVersion = (() => {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  try {
    return execFileSync('psql', [url, '-Atc', 'show server_version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

const figure = (result: StorageResult | undefined, name: string, connections: number): Figure | undefined =>
  result?.cases[name]?.[connections];
const cell = (f: Figure | undefined) =>
  f
    ? `${withRange(f.requestsPerSecond)} req/s; p50 ${f.p50.median} ms, p99 ${f.p99.median} ms (${f.p99.min}–${f.p99.max})${f.errors ? `; ${f.errors} errors` : ''}`
    : '—';
const ratio = (result: StorageResult | undefined, name: string, connections = 50) => {
  const measured = figure(result, name, connections)?.requestsPerSecond.median;
  const healthz = figure(result, 'GET /healthz', connections)?.requestsPerSecond.median;
  return measured && healthz ? measured / healthz : undefined;
};
const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
const byStorage = (storage: string) => api.results.find((result) => result.storage === storage);
const postgres = byStorage('postgres');
const pglite = byStorage('pglite');
const twoProcesses = byStorage('postgres-2');
const reference = byStorage('reference');

const targets: [string, string, boolean | undefined][] = [
  [
    'Audited record read ≥ 20% of /healthz (PostgreSQL, 50 connections)',
    percent(ratio(postgres, 'GET /v1/serious-incidents/{id}')),
    ratio(postgres, 'GET /v1/serious-incidents/{id}') === undefined
      ? undefined
      : (ratio(postgres, 'GET /v1/serious-incidents/{id}') ?? 0) >= 0.2,
  ],
  [
    'Audited record create ≥ 8% of /healthz (PostgreSQL, 50 connections)',
    percent(ratio(postgres, 'POST /v1/serious-incidents')),
    ratio(postgres, 'POST /v1/serious-incidents') === undefined
      ? undefined
      : (ratio(postgres, 'POST /v1/serious-incidents') ?? 0) >= 0.08,
  ],
  [
    'POST /v1/next-actions ≥ 35% of /healthz (PostgreSQL, 50 connections)',
    percent(ratio(postgres, 'POST /v1/next-actions')),
    ratio(postgres, 'POST /v1/next-actions') === undefined
      ? undefined
      : (ratio(postgres, 'POST /v1/next-actions') ?? 0) >= 0.35,
  ],
  [
    'POST /v1/next-actions p99 < 20 ms (PostgreSQL, 50 connections)',
    `${figure(postgres, 'POST /v1/next-actions', 50)?.p99.median ?? '—'} ms`,
    figure(postgres, 'POST /v1/next-actions', 50) === undefined
      ? undefined
      : (figure(postgres, 'POST /v1/next-actions', 50)?.p99.median ?? 0) < 20,
  ],
  [
    'Audit events sealed within a second or two under load (PostgreSQL, time to seal everything once the load stops)',
    postgres?.sealLagSeconds === undefined ? '—' : `${postgres.sealLagSeconds} s`,
    postgres?.sealLagSeconds === undefined ? undefined : postgres.sealLagSeconds <= 2,
  ],
  ...[1, 10, 50].map((connections): [string, string, boolean | undefined] => {
    const due = figure(postgres, 'GET /v1/due', connections);
    return [
      `GET /v1/due p99 < 50 ms over ${n(api.dueRecords)} records (PostgreSQL, ${connections} connection${connections === 1 ? '' : 's'})`,
      due ? `${due.p99.median} ms` : '—',
      due === undefined ? undefined : due.p99.median < 50,
    ];
  }),
];

const table = (result: StorageResult) => {
  const connections = Object.keys(Object.values(result.cases)[0] ?? {}).map(Number);
  const lines = [
    `| case | ${connections.map((c) => `${c} connection${c === 1 ? '' : 's'}`).join(' | ')} |`,
    `|---|${connections.map(() => '---').join('|')}|`,
  ];
  for (const [name, byConnections] of Object.entries(result.cases)) {
    lines.push(`| \`${name}\` | ${connections.map((c) => cell(byConnections[c])).join(' | ')} |`);
  }
  const ratios = Object.keys(result.cases)
    .filter((name) => name !== 'GET /healthz')
    .map(
      (name) =>
        `\`${name}\` ${percent(ratio(result, name, connections.includes(50) ? 50 : (connections[0] ?? 50)))}`,
    );
  lines.push(
    '',
    `Share of the same server's \`/healthz\` at ${connections.includes(50) ? 50 : connections[0]} connections: ${ratios.join(', ')}.`,
  );
  return lines.join('\n');
};

const md = `# Benchmarks

Written by \`npm run bench\` — do not edit; run it again. ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${commit}\`.

- **Machine:** ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; ${postgresVersion ? `PostgreSQL ${postgresVersion}` : 'no PostgreSQL (set BENCH_DATABASE_URL)'} on the same machine.
- **Command:** \`${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL=… ' : process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL=… ' : ''}npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.
- **Method:** each figure is the median of ${RUNS} runs (engine, calendar) or ${api.runs} run${api.runs === 1 ? '' : 's'} of ${api.seconds} s (API), with the min and max in brackets. The API is driven by autocannon on loopback, after 1 s of warm-up per case, against \`safeguarding-api serve --quiet\` as deployed (separate processes); latencies are autocannon's, in whole milliseconds.
- **Caveat:** the load generator, the API and the database share the same ${cpus().length} cores, which other work was also using: figures vary by 20–30% between runs, and \`/healthz\` (the yardstick) is bounded by the load generator as much as by the server. Compare figures within one run.

## Targets

| target | measured | met |
|---|---|---|
${targets.map(([name, value, met]) => `| ${name} | ${value} | ${met === undefined ? 'not measured' : met ? 'yes' : '**no**'} |`).join('\n')}

${reference ? `For scale: a bare Hono route on the same adapter answers \`/healthz\` at ${withRange(reference.cases['GET /healthz']?.[50]?.requestsPerSecond ?? { median: 0, min: 0, max: 0 })} req/s and runs the engine on posted facts (no token, checks, headers or audit) at ${withRange(reference.cases['POST /v1/next-actions']?.[50]?.requestsPerSecond ?? { median: 0, min: 0, max: 0 })} req/s, ${percent((reference.cases['POST /v1/next-actions']?.[50]?.requestsPerSecond.median ?? 0) / (reference.cases['GET /healthz']?.[50]?.requestsPerSecond.median ?? 1))} of its own \`/healthz\`: the engine's answer (about 7.7 KB of JSON) bounds \`POST /v1/next-actions\` before the API adds anything.` : ''}

## Engine and calendar (one core)

| what | per second |
|---|---|
${engineRows.map((row) => `| ${row.name} | ${withRange(row.perSecond)} |`).join('\n')}

## Validator

${validator ? `\`npm run bench -w @safeguarding/validator\`:\n\n\`\`\`\n${validator}\n\`\`\`` : 'The validator package is not in this checkout yet; its figures appear here once it is.'}

## API

Requests per second (median, with min–max), then p50 and p99 latency (median of the runs, with the p99's min–max). \`/v1/due\` is read by a partner whose area holds ${n(api.dueRecords)} serious incidents, 50 actions a page.

${[pglite, postgres, twoProcesses, reference]
  .filter((result): result is StorageResult => result !== undefined)
  .map((result) => `### ${result.description}\n\n${table(result)}`)
  .join('\n\n')}
`;

writeFileSync(join(root, 'bench/results.md'), md);
console.error('Wrote bench/results.md');
