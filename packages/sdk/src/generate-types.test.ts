import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('../', import.meta.url));
const generator = join(sdkDir, 'scripts/generate-types.ts');
const committed = join(sdkDir, 'src/api-types.generated.ts');

describe('src/api-types.generated.ts', () => {
  it('says it is generated and how to rebuild it', () => {
    expect(readFileSync(committed, 'utf8').split('\n')[0]).toMatch(
      /Generated .*npm run generate -w @safeguarding\/sdk.*Do not edit/,
    );
  });

  it('is up to date with schemas/openapi.json (generate --check)', async () => {
    const { stdout } = await run(process.execPath, ['--conditions=source', generator, '--check'], {
      cwd: sdkDir,
    });
    expect(stdout).toContain('up to date');
  });

  it('fails the check, naming the file, and writes nothing, when the document changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-sdk-types-'));
    const openapi = join(dir, 'openapi.json');
    const document = JSON.parse(readFileSync(join(sdkDir, '../../schemas/openapi.json'), 'utf8'));
    document.paths['/v1/duties'].get.summary = 'A changed summary';
    writeFileSync(openapi, JSON.stringify(document));
    const copy = join(dir, 'types.ts');
    writeFileSync(copy, readFileSync(committed, 'utf8'));
    const failure = await run(
      process.execPath,
      ['--conditions=source', generator, '--check', '--openapi', openapi, '--file', copy],
      { cwd: sdkDir },
    ).catch((error: { code: number; stderr: string }) => error);
    try {
      expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining(`${copy} is stale`) });
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
