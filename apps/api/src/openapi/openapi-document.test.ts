import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
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
});

describe('what the document tells vendors', () => {
  type Operation = {
    operationId?: string;
    description?: string;
    tags?: string[];
    requestBody?: { content: Record<string, MediaType> };
    responses: Record<string, { content?: Record<string, MediaType> }>;
  };
  type MediaType = { example?: unknown; examples?: Record<string, { value: unknown }> };
  const document = JSON.parse(readFileSync(committed, 'utf8')) as {
    info: { contact?: { name?: string; url?: string } };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const,
    ),
  );

  it('names whom to contact', () => {
    expect(document.info.contact).toMatchObject({
      name: expect.any(String),
      url: expect.stringMatching(/^https:/),
    });
  });

  it.each(operations)(
    '%s has an id, a tag, a description, and an example of every body',
    (_name, operation) => {
      expect(operation.operationId).toMatch(/^[a-z-]+$/);
      expect(operation.tags).toHaveLength(1);
      expect(operation.description?.length).toBeGreaterThan(20);
      const bodies = [
        ...Object.values(operation.requestBody?.content ?? {}),
        ...Object.values(operation.responses).flatMap((response) => Object.values(response.content ?? {})),
      ];
      for (const body of bodies) expect(body.example ?? body.examples).toBeDefined();
    },
  );

  it('keeps the date patterns of the JSON Schemas: 2026-02-30 is not a date in any record schema', async () => {
    // Formats off: only the patterns can catch an impossible date, as in a validator that ignores formats.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'https://example.org/openapi', components: document.components });
    const incident = ajv.getSchema('https://example.org/openapi#/components/schemas/serious-incident-input');
    const example = JSON.parse(
      readFileSync(
        join(repoRoot, 'schemas/examples/serious-incident-input/valid/death-suspected-neglect.json'),
        'utf8',
      ),
    );
    expect(incident?.(example)).toBe(true);
    expect(incident?.({ ...example, laBecameAware: '2026-02-30' })).toBe(false);
    const dateFields = JSON.stringify(document.components).match(/"format":"date"[^}]*}/g) ?? [];
    expect(dateFields.length).toBeGreaterThan(50);
    for (const field of dateFields) expect(field).toContain('"pattern"');
  });
});
