import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { explainIssues } from './errors.ts';
import { PUBLISHED_SCHEMAS, RECORD_TYPES } from './published.ts';
import { createAjv } from './testing/ajv.ts';
import {
  exampleIds,
  invalidExamples,
  invalidManifest,
  REPO_ROOT,
  validExamples,
} from './testing/examples.ts';

const schemas: Record<string, z.ZodType> = PUBLISHED_SCHEMAS;
const ajv = createAjv();

function jsonSchemaValidator(id: string) {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'json', `${id}.schema.json`), 'utf8'));
  return ajv.getSchema(document.$id) ?? ajv.compile(document);
}

/** Ids that must have at least two valid examples: every stored record, case facts and next actions. */
const REQUIRED_EXAMPLE_IDS = [
  'case-facts',
  'next-actions',
  ...RECORD_TYPES.map((recordType) => recordType.type),
];

describe('example coverage', () => {
  it.each(REQUIRED_EXAMPLE_IDS)('%s has at least two valid and one invalid example', (id) => {
    expect(validExamples(id).length).toBeGreaterThanOrEqual(2);
    expect(invalidExamples(id).length).toBeGreaterThanOrEqual(1);
  });

  it('has no example folder for an id that is not published', () => {
    expect(exampleIds().filter((id) => !(id in schemas))).toEqual([]);
  });

  it.each(exampleIds())('%s: expected.json lists only files that exist', (id) => {
    const files = invalidExamples(id).map((example) => example.file);
    expect(Object.keys(invalidManifest(id)).sort()).toEqual(files);
  });

  it.each(exampleIds())('%s: every invalid example has a kebab-case name saying why', (id) => {
    for (const example of invalidExamples(id)) expect(example.file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
  });
});

for (const id of exampleIds()) {
  const schema = schemas[id];
  if (schema === undefined) continue;

  describe(`${id} examples`, () => {
    it.each(validExamples(id).map((example) => [example.file, example] as const))(
      'valid/%s passes zod and ajv',
      (_, example) => {
        const result = schema.safeParse(example.data);
        expect(result.success ? [] : explainIssues(result.error)).toEqual([]);
        const validate = jsonSchemaValidator(id);
        expect(validate(example.data) ? [] : validate.errors).toEqual([]);
      },
    );

    it.each(invalidExamples(id).map((example) => [example.file, example] as const))(
      'invalid/%s fails zod on the expected field, in plain English',
      (_, example) => {
        const result = schema.safeParse(example.data);
        expect(result.success).toBe(false);
        if (result.success) return;
        const errors = explainIssues(result.error);
        expect(errors.length).toBeGreaterThan(0);
        for (const error of errors) {
          expect(error.path).toBe(example.expected.path);
          // Plain English, not a zod default such as "Invalid input: expected string".
          expect(error.message).toMatch(/^[a-z]/);
          expect(error.message).not.toMatch(/Invalid|expected .* received/);
        }
      },
    );

    it.each(invalidExamples(id).map((example) => [example.file, example] as const))(
      'invalid/%s is rejected by ajv exactly when expected.json says JSON Schema can see it',
      (_, example) => {
        const validate = jsonSchemaValidator(id);
        expect(validate(example.data)).toBe(!example.expected.jsonSchema);
      },
    );
  });
}
