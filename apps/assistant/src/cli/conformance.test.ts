import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { readScenarioFolder, type Scenario, scenarioMismatches } from '@safeguarding/rules/testing';
import type { NextActions } from '@safeguarding/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const bin = path.join(repoRoot, 'apps/assistant/bin/safeguarding.js');
const builtMain = path.join(repoRoot, 'apps/assistant/dist/cli/main.js');
// The repository's conformance kit always; the shared reference beside the clone when it is there
// (CI and this machine have it; a plain clone has the same files in conformance/shared).
const sharedFolder = path.resolve(repoRoot, '../shared/scenarios');
const folders = [
  path.join(repoRoot, 'conformance/shared'),
  path.join(repoRoot, 'conformance/toolkit'),
  ...(existsSync(sharedFolder) ? [sharedFolder] : []),
];
const scenarios = folders.flatMap(readScenarioFolder).map((scenario) => ({ file: scenario.file, scenario }));

function checkAgainst(scenario: Scenario, result: NextActions): void {
  expect(scenarioMismatches(scenario, result)).toEqual([]);
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

  // Three from the kit (spawning the bin is slow): the shared reference's own copies.
  const sample = scenarios.filter(
    ({ file }) =>
      path.dirname(file) === path.join(repoRoot, 'conformance/shared') &&
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
