import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleIds, invalidExamples, REPO_ROOT, validExamples } from './testing/examples.ts';

/**
 * A second, independent JSON Schema implementation (Python's jsonschema, Draft 2020-12 with format
 * checking) must agree with ajv on every example, so the published schemas work outside Node.
 */
const PYTHON = '/usr/bin/python3';

const VALIDATE_ALL = `
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
results = []
for schema_path, instance_path in json.load(sys.stdin):
    with open(schema_path) as f: schema = json.load(f)
    with open(instance_path) as f: instance = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    results.append([e.message for e in validator.iter_errors(instance)])
json.dump(results, sys.stdout)
`;

function pythonJsonschemaMissingReason(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import jsonschema'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} is not installed`;
  if (probe.status !== 0) return `${PYTHON} cannot import jsonschema (apt-get install python3-jsonschema)`;
  return undefined;
}

const missing = pythonJsonschemaMissingReason();
const skip = missing !== undefined && !process.env.CI;

type Case = { label: string; schemaPath: string; instancePath: string; shouldPass: boolean };

const cases: Case[] = exampleIds().flatMap((id) => {
  const schemaPath = join(REPO_ROOT, 'schemas', 'json', `${id}.schema.json`);
  return [
    ...validExamples(id).map((example) => ({
      label: `${id}/valid/${example.file}`,
      schemaPath,
      instancePath: example.absolutePath,
      shouldPass: true,
    })),
    ...invalidExamples(id).map((example) => ({
      label: `${id}/invalid/${example.file}`,
      schemaPath,
      instancePath: example.absolutePath,
      shouldPass: !example.expected.jsonSchema,
    })),
  ];
});

describe.skipIf(skip)(
  `python jsonschema agrees on every example${skip ? ` (skipped: ${missing})` : ''}`,
  () => {
    it('python jsonschema is available (required when CI is set)', () => {
      expect(missing).toBeUndefined();
    });

    const run = () => {
      const result = spawnSync(PYTHON, ['-c', VALIDATE_ALL], {
        input: JSON.stringify(cases.map((entry) => [entry.schemaPath, entry.instancePath])),
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`python jsonschema failed: ${result.stderr}`);
      return JSON.parse(result.stdout) as string[][];
    };

    it('validates valid examples and rejects the invalid ones JSON Schema can see', () => {
      const errors = run();
      const disagreements = cases
        .map((entry, index) => ({ entry, errors: errors[index] ?? [] }))
        .filter(({ entry, errors: found }) => (found.length === 0) !== entry.shouldPass)
        .map(
          ({ entry, errors: found }) =>
            `${entry.label}: expected ${entry.shouldPass ? 'pass' : 'fail'}, got ${JSON.stringify(found)}`,
        );
      expect(disagreements).toEqual([]);
      expect(cases.length).toBeGreaterThan(50);
    });
  },
);
