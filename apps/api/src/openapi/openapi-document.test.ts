import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateOpenApiText, stableJson } from './openapi-document.ts';

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(apiDir, '../..');
const committed = join(repoRoot, 'schemas/openapi.json');
const generator = join(apiDir, 'scripts/generate-openapi.ts');

describe('schemas/openapi.json', () => {
  it('is generated deterministically, with sorted keys and a trailing newline', () => {
    const text = generateOpenApiText();
    expect(generateOpenApiText()).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(stableJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: 3 } })).toBe(
      '{\n  "a": {\n    "c": 3,\n    "d": [\n      {\n        "e": 2,\n        "f": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('is up to date with the routes (generate --check)', async () => {
    const { stdout } = await run(process.execPath, ['--conditions=source', generator, '--check'], {
      cwd: apiDir,
    });
    expect(stdout).toContain('up to date');
  });

  it('fails the check, naming the file, and writes nothing when a copy is stale', async () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'sg-openapi-')), 'openapi.json');
    const staleText = readFileSync(committed, 'utf8').replace('"3.1.0"', '"3.0.0"');
    writeFileSync(stale, staleText);
    const failure = await run(
      process.execPath,
      ['--conditions=source', generator, '--check', '--file', stale],
      {
        cwd: apiDir,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining(`${stale} is stale`) });
    expect(readFileSync(stale, 'utf8')).toBe(staleText);
  });

  it('passes Redocly’s recommended rules with no errors', async () => {
    const redocly = join(repoRoot, 'node_modules/.bin/redocly');
    const result = await run(redocly, ['lint', '--extends=recommended', '--format=summary', committed], {
      cwd: repoRoot,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/^error /m);
  }, 60_000);
});
