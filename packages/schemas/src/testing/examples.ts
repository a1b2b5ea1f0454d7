import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in packages/schemas/src/testing. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export const EXAMPLES_DIR = join(REPO_ROOT, 'schemas', 'examples');

/** What an invalid example must be rejected for, from `invalid/expected.json`. */
export type InvalidExpectation = {
  /** The field the error must name, dotted (`children[0].ageYears`). */
  path: string;
  /** Whether plain JSON Schema can see the problem; false for rules only the zod schema checks. */
  jsonSchema: boolean;
  /** The code of the coded rule that rejects it, when a coded rule does. */
  code?: string;
};

export type Example = { id: string; file: string; absolutePath: string; data: unknown };
export type InvalidExample = Example & { expected: InvalidExpectation };

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json') && name !== 'expected.json')
        .sort()
    : [];
}

function load(id: string, folder: 'valid' | 'invalid', file: string): Example {
  const absolutePath = join(EXAMPLES_DIR, id, folder, file);
  return { id, file, absolutePath, data: JSON.parse(readFileSync(absolutePath, 'utf8')) };
}

/** Schema ids that have an examples folder. */
export function exampleIds(): string[] {
  return existsSync(EXAMPLES_DIR) ? readdirSync(EXAMPLES_DIR).sort() : [];
}

export function validExamples(id: string): Example[] {
  return jsonFiles(join(EXAMPLES_DIR, id, 'valid')).map((file) => load(id, 'valid', file));
}

/** The manifest of an id's invalid examples, mapping file name to expectation. */
export function invalidManifest(id: string): Record<string, InvalidExpectation> {
  const path = join(EXAMPLES_DIR, id, 'invalid', 'expected.json');
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, InvalidExpectation>)
    : {};
}

export function invalidExamples(id: string): InvalidExample[] {
  const manifest = invalidManifest(id);
  return jsonFiles(join(EXAMPLES_DIR, id, 'invalid')).map((file) => {
    const expected = manifest[file];
    if (expected === undefined)
      throw new Error(`schemas/examples/${id}/invalid/${file} is not listed in expected.json`);
    return { ...load(id, 'invalid', file), expected };
  });
}
