import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PUBLISHED_SCHEMAS } from '../published.ts';
import { createAjv } from '../testing/ajv.ts';
import { REPO_ROOT } from '../testing/examples.ts';
import { generatedFiles } from './generated-files.ts';
import {
  GENERATED_NOTICE,
  jsonSchemaDocument,
  SCHEMA_BASE_URL,
  sortKeysDeep,
} from './json-schema-document.ts';
import { syncGeneratedFiles } from './sync-generated-files.ts';

const files = generatedFiles();
const schemaFiles = files.filter((file) => file.path.endsWith('.schema.json'));

describe('the committed generated files', () => {
  it('are up to date (check mode, as a function)', () => {
    expect(syncGeneratedFiles(REPO_ROOT, files, { check: true }).problems).toEqual([]);
  });

  it('are up to date (npm run generate -- --check, spawned)', () => {
    const result = spawnSync(
      process.execPath,
      ['--conditions=source', 'packages/schemas/scripts/generate.ts', '--check'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 naming each missing file when spawned with --check on an empty folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'schemas-check-'));
    try {
      const result = spawnSync(
        process.execPath,
        ['--conditions=source', 'packages/schemas/scripts/generate.ts', '--check', '--root', empty],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'schemas/json/serious-incident.schema.json is missing: run npm run generate',
      );
      expect(result.stderr.trim().split('\n')).toHaveLength(files.length);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('generatedFiles', () => {
  it('writes one schema per published id, and the README', () => {
    expect(schemaFiles.map((file) => file.path)).toEqual(
      Object.keys(PUBLISHED_SCHEMAS).map((id) => `schemas/json/${id}.schema.json`),
    );
    expect(files.map((file) => file.path)).toContain('schemas/README.md');
  });

  it('is deterministic', () => {
    expect(generatedFiles()).toEqual(files);
  });

  it.each(schemaFiles.map((file) => [file.path, file] as const))(
    '%s is a valid JSON Schema 2020-12 document',
    (_, file) => {
      const document = JSON.parse(file.content);
      const ajv = createAjv();
      expect(ajv.validateSchema(document)).toBe(true);
      expect(() => ajv.compile(document)).not.toThrow();
    },
  );

  it.each(schemaFiles.map((file) => [file.path, file] as const))(
    '%s has a stable $id, a notice and an inlined root',
    (path, file) => {
      const id = path.replace('schemas/json/', '').replace('.schema.json', '');
      const document = JSON.parse(file.content);
      expect(document.$id).toBe(`${SCHEMA_BASE_URL}${id}.schema.json`);
      expect(document.$comment).toBe(GENERATED_NOTICE);
      expect(document.$ref).toBeUndefined();
      expect(document.type).toBe('object');
      expect(document.$defs?.[id]).toBeUndefined();
      expect(file.content.endsWith('}\n')).toBe(true);
      expect(file.content).toBe(`${JSON.stringify(sortKeysDeep(document), null, 2)}\n`);
    },
  );

  it('lists every schema, openapi.json and duties.json in the README', () => {
    const readme = files.find((file) => file.path === 'schemas/README.md')?.content ?? '';
    for (const id of Object.keys(PUBLISHED_SCHEMAS)) expect(readme).toContain(`(json/${id}.schema.json)`);
    expect(readme).toContain('(openapi.json)');
    expect(readme).toContain('(duties.json)');
    expect(readme).toContain(GENERATED_NOTICE);
  });
});

describe('jsonSchemaDocument', () => {
  it('lifts a registered root out of $defs and points self-references at the root', () => {
    const Node = z
      .strictObject({
        name: z.string(),
        get children() {
          return z.array(Node).optional();
        },
      })
      .meta({ id: 'test-tree-node' });
    const document = jsonSchemaDocument('test-tree-node', Node) as Record<string, unknown>;
    expect(document.$ref).toBeUndefined();
    expect(document.$defs).toBeUndefined();
    expect(JSON.stringify(document.properties)).toContain('"$ref":"#"');
  });

  it('sorts keys at every depth but keeps array order', () => {
    expect(JSON.stringify(sortKeysDeep({ b: 1, a: { d: [3, 1], c: true } }))).toBe(
      '{"a":{"c":true,"d":[3,1]},"b":1}',
    );
  });
});

describe('syncGeneratedFiles', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const sample = [
    { path: 'schemas/json/a.schema.json', content: '{}\n' },
    { path: 'schemas/README.md', content: '# x\n' },
  ];

  it.each([
    {
      name: 'missing files',
      setUp: () => {},
      problems: [
        'schemas/json/a.schema.json is missing: run npm run generate',
        'schemas/README.md is missing: run npm run generate',
      ],
    },
    {
      name: 'a stale file',
      setUp: (root: string) => {
        mkdirSync(join(root, 'schemas/json'), { recursive: true });
        writeFileSync(join(root, 'schemas/json/a.schema.json'), '{"old":true}\n');
        writeFileSync(join(root, 'schemas/README.md'), '# x\n');
      },
      problems: ['schemas/json/a.schema.json is out of date: run npm run generate'],
    },
    {
      name: 'an extra schema',
      setUp: (root: string) => {
        mkdirSync(join(root, 'schemas/json'), { recursive: true });
        writeFileSync(join(root, 'schemas/json/a.schema.json'), '{}\n');
        writeFileSync(join(root, 'schemas/json/gone.schema.json'), '{}\n');
        writeFileSync(join(root, 'schemas/README.md'), '# x\n');
        writeFileSync(join(root, 'schemas/openapi.json'), '{}\n');
      },
      problems: [
        'schemas/json/gone.schema.json is not generated from any published schema: run npm run generate to remove it',
      ],
    },
  ])('check mode names $name and writes nothing; write mode fixes it', ({ setUp, problems }) => {
    dir = mkdtempSync(join(tmpdir(), 'schemas-generate-'));
    setUp(dir);
    expect(syncGeneratedFiles(dir, sample, { check: true }).problems).toEqual(problems);
    expect(syncGeneratedFiles(dir, sample, { check: true }).problems).toEqual(problems);
    syncGeneratedFiles(dir, sample, { check: false });
    expect(syncGeneratedFiles(dir, sample, { check: true }).problems).toEqual([]);
    expect(readFileSync(join(dir, 'schemas/json/a.schema.json'), 'utf8')).toBe('{}\n');
  });
});
