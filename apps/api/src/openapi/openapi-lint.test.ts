import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(apiDir, '../..');
const document = join(repoRoot, 'schemas/openapi.json');
const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);

/** Runs a linter, returning its output whether it passed or not (a failure is asserted on, not thrown). */
async function lint(command: string, args: string[]): Promise<string> {
  const result = await run(command, args, { cwd: apiDir, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  return `${result.stdout}`;
}

describe('schemas/openapi.json passes the OpenAPI linters vendors use, with no warning at all', () => {
  it('Redocly (recommended rules; redocly.yaml says why two are tuned)', async () => {
    const output = await lint(bin('redocly'), [
      'lint',
      '--config',
      join(apiDir, 'redocly.yaml'),
      '--format=json',
      '--max-problems=50',
      document,
    ]);
    const { problems } = JSON.parse(output) as { problems: { ruleId: string; message: string }[] };
    expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  }, 60_000);

  it('Spectral (every rule of the oas ruleset, examples checked against their schemas)', async () => {
    const output = await lint(bin('spectral'), [
      'lint',
      document,
      '--ruleset',
      join(apiDir, 'spectral.yaml'),
      '--format=json',
      '--fail-severity=hint',
      '--quiet',
    ]);
    const results = JSON.parse(output.slice(output.indexOf('['))) as { code: string; message: string }[];
    expect(results.map((r) => `${r.code}: ${r.message}`)).toEqual([]);
  }, 60_000);
});
