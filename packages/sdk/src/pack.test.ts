import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type ApiServer, startApiServer } from '@safeguarding/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLISHED = ['schemas', 'rules', 'validator', 'sdk'];

/** The README's jobs, as a vendor writes them in a new project: type-checked, then run by Node. */
const JOBS = `import { createClient, SafeguardingConflictError, type SeriousIncidentInput } from '@safeguarding/sdk';
import { nextActions, validate } from '@safeguarding/sdk/offline';

const sg = createClient({ baseUrl: process.env.API_URL ?? '', token: process.env.API_TOKEN ?? '' });
const input: SeriousIncidentInput = {
  area: 'E08000034',
  notifier: { role: 'Head of Service, Safeguarding' },
  incidentType: 'serious-harm',
  harm: 'serious-harm',
  abuseOrNeglect: 'suspected',
  location: 'in-area',
  incidentDate: '2026-11-18',
  laBecameAware: '2026-11-19',
  children: [{ reference: 'CHILD-001', ageYears: 4 }],
  caseOutline: 'Fictional outline.',
};

// Notify an incident and read its deadlines.
const incident = await sg.seriousIncidents.create(input, { idempotencyKey: 'si-2026-0042' });
const deadlines = await sg.seriousIncidents.nextActions(incident.id, { asOf: '2026-11-23' });
const notify = deadlines.actions.find((action) => action.duty === 'si-notify-panel');

// List what is due this week.
const week = await sg.due({ before: '2026-11-29' });

// Validate a batch before sending.
const report = await sg.validate('serious-incident-input', [input, { ...input, children: [] }]);

// Handle a conflict.
const read = await sg.seriousIncidents.get(incident.id);
await sg.seriousIncidents.patch(incident.id, { panelNotified: '2026-11-20' }, { version: read.version });
let conflict = 0;
try {
  await sg.seriousIncidents.update(incident.id, { ...read, partnersNotified: '2026-11-20' }, { version: read.version });
} catch (error) {
  if (!(error instanceof SafeguardingConflictError)) throw error;
  conflict = error.currentVersion ?? 0;
  const fresh = await sg.seriousIncidents.get(incident.id);
  await sg.seriousIncidents.update(incident.id, { ...fresh, partnersNotified: '2026-11-20' }, { version: fresh.version });
}

// Without a server.
const facts = { incident: { harm: input.harm, abuseOrNeglect: input.abuseOrNeglect, location: input.location } };
const offline = nextActions({ ...facts, events: { laBecameAware: '2026-11-19' } }, { asOf: '2026-11-23' });
const offlineReport = await validate('serious-incident-input', input);

console.log(
  JSON.stringify({
    notifyBy: notify?.dueDate,
    dueThisWeek: week.items.length,
    invalid: report.summary.invalid,
    conflict,
    offlineActions: offline.actions.length,
    offlineValid: offlineReport.summary.valid,
  }),
);
`;

describe('the published packages, installed from their tarballs into a new project', () => {
  let scratch: string;
  let api: ApiServer;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'sg-sdk-pack-'));
    for (const name of PUBLISHED) {
      if (!existsSync(join(repoRoot, 'packages', name, 'dist'))) {
        throw new Error(`packages/${name}/dist is missing: npm test builds it first (npm run build).`);
      }
      await run('npm', ['pack', '--silent', '--pack-destination', scratch], {
        cwd: join(repoRoot, 'packages', name),
      });
    }
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'vendor-app', private: true, type: 'module' }),
    );
    const tarballs = readdirSync(scratch).filter((file) => file.endsWith('.tgz'));
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.map((t) => `./${t}`)],
      {
        cwd: scratch,
      },
    );
    api = await startApiServer({ kind: 'pglite' });
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('packs exactly the published packages, each for Node 22 and later, without tests', async () => {
    expect(
      readdirSync(scratch)
        .filter((file) => file.endsWith('.tgz'))
        .sort(),
    ).toEqual([
      'safeguarding-rules-0.1.0.tgz',
      'safeguarding-schemas-0.1.0.tgz',
      'safeguarding-sdk-0.1.0.tgz',
      'safeguarding-validator-0.1.0.tgz',
    ]);
    const { stdout } = await run('npm', ['ls', '--all', '--json'], { cwd: scratch });
    const tree = JSON.parse(stdout) as { dependencies: Record<string, { version: string }> };
    expect(Object.keys(tree.dependencies).sort()).toEqual([
      '@safeguarding/rules',
      '@safeguarding/schemas',
      '@safeguarding/sdk',
      '@safeguarding/validator',
    ]);
    for (const name of PUBLISHED) {
      const dir = join(scratch, 'node_modules/@safeguarding', name);
      const manifest = (await import(join(dir, 'package.json'), { with: { type: 'json' } })).default;
      expect(manifest.engines.node).toBe('>=22');
      const files = readdirSync(join(dir, 'dist'), { recursive: true }).map(String);
      expect(files.some((file) => file.includes('.test.'))).toBe(false);
    }
  });

  it('does each README job with full types, in Node', async () => {
    writeFileSync(join(scratch, 'jobs.ts'), JOBS);
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2024',
          lib: ['es2024', 'dom'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          types: ['node'],
          typeRoots: [join(repoRoot, 'node_modules/@types')],
        },
        files: ['jobs.ts'],
      }),
    );
    // Type-check with the TypeScript the repository uses, as a vendor's build would.
    await run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', scratch]).catch(
      (error: { stdout: string }) => {
        throw new Error(`the vendor project does not type-check:\n${error.stdout}`);
      },
    );
    const { stdout } = await run(process.execPath, ['jobs.ts'], {
      cwd: scratch,
      env: { ...process.env, API_URL: api.url, API_TOKEN: api.tokens.home },
    });
    expect(JSON.parse(stdout)).toEqual({
      notifyBy: '2026-11-26',
      dueThisWeek: expect.any(Number),
      invalid: 1,
      conflict: 2,
      offlineActions: expect.any(Number),
      offlineValid: 1,
    });
    expect(JSON.parse(stdout).dueThisWeek).toBeGreaterThan(0);
  }, 60_000);
});
