import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { NextActions } from '@safeguarding/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
// CI checks shared/ out beside the clone; here it is /work/shared.
const scenarioFolder = path.resolve(repoRoot, '../shared/scenarios');
const bin = path.join(repoRoot, 'apps/assistant/bin/safeguarding.js');
const builtMain = path.join(repoRoot, 'apps/assistant/dist/cli/main.js');

interface Scenario {
  name: string;
  as_of: string;
  expect: {
    edition?: string;
    actions?: Record<string, { status?: string; dueDate?: string | null }>;
    notApplicable?: string[];
  };
}

function scenarioFiles(): string[] {
  if (!existsSync(scenarioFolder)) {
    throw new Error(`The conformance scenarios are missing: expected them in ${scenarioFolder}`);
  }
  const files = readdirSync(scenarioFolder)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  if (files.length === 0) throw new Error(`No scenario files in ${scenarioFolder}`);
  return files.map((file) => path.join(scenarioFolder, file));
}

const scenarios = scenarioFiles().map((file) => ({
  file,
  scenario: parse(readFileSync(file, 'utf8')) as Scenario,
}));

function checkAgainst(scenario: Scenario, result: NextActions): void {
  if (scenario.expect.edition) expect(result.edition).toBe(scenario.expect.edition);
  for (const [duty, expected] of Object.entries(scenario.expect.actions ?? {})) {
    const action = result.actions.find((candidate) => candidate.duty === duty);
    expect(action, `an action for ${duty}`).toBeDefined();
    if (expected.status !== undefined) expect(action?.status, `${duty} status`).toBe(expected.status);
    if (expected.dueDate !== undefined) expect(action?.dueDate, `${duty} dueDate`).toBe(expected.dueDate);
  }
  const ids = result.actions.map((action) => action.duty);
  for (const duty of scenario.expect.notApplicable ?? [])
    expect(ids, `${duty} must not apply`).not.toContain(duty);
}

describe('conformance scenarios through `safeguarding next --json`', () => {
  it.each(scenarios)('$scenario.name', async ({ file, scenario }) => {
    const io = memoryIo({
      readFile: (name) => Promise.resolve(readFileSync(name, 'utf8')),
      today: '2000-01-01',
    });
    // No --as-of: the scenario's own as_of must be used (the injected today would give another answer).
    expect(await run(['next', '--facts', file, '--json'], io)).toBe(0);
    expect(io.err).toBe('');
    const result = JSON.parse(io.out) as NextActions;
    expect(result.asOf).toBe(scenario.as_of);
    checkAgainst(scenario, result);
  });
});

describe('conformance scenarios through the installed command', () => {
  beforeAll(async () => {
    // The bin runs the built output; build it if this checkout has not been built yet.
    if (!existsSync(builtMain)) {
      await promisify(execFile)('npx', ['tsc', '-b', 'apps/assistant'], { cwd: repoRoot });
    }
  });

  const sample = scenarios.filter(({ file }) =>
    [
      'serious-harm-suspected-abuse.yaml',
      'rapid-review-over-christmas.yaml',
      'notifiable-incident-2016.yaml',
    ].includes(path.basename(file)),
  );

  it('has the sample scenarios to run', () => {
    expect(sample).toHaveLength(3);
  });

  it.each(sample)('$scenario.name', async ({ file, scenario }) => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [bin, 'next', '--facts', file, '--as-of', scenario.as_of, '--json'],
      { cwd: repoRoot },
    );
    expect(stderr).toBe('');
    checkAgainst(scenario, JSON.parse(stdout) as NextActions);
  });

  it('exits 2 with one line on stderr for a bad date', async () => {
    const failure = await promisify(execFile)(process.execPath, [bin, 'days', 'add', '2026-02-30', '1'], {
      cwd: repoRoot,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'safeguarding: the date must be a real date written YYYY-MM-DD (got 2026-02-30)\n',
    });
  });
});
