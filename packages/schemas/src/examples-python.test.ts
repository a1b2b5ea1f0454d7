import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { brokenRules, prepareRules } from './common/evaluate-rule.ts';
import type { RecordRule } from './common/record-rule.ts';
import { rulesOf } from './generation/rules-document.ts';
import { PYTHON_RULES_EXAMPLE } from './generation/rules-examples.ts';
import { PUBLISHED_SCHEMAS } from './published.ts';
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

/** Runs the README's Python rule code, as printed, on every example; it must find what the toolkit finds. */
const APPLY_RULES = `${PYTHON_RULES_EXAMPLE}
import sys
rules = json.load(open(sys.argv[1]))["rules"]
found = []
for schema_id, path in json.load(sys.stdin):
    with open(path) as f: record = json.load(f)
    found.append(sorted(f"{code}@{field}" for code, field, _ in broken_rules(rules, schema_id, record)))
json.dump(found, sys.stdout)
`;

describe.skipIf(skip)(
  `the README's Python applies schemas/rules.json as the toolkit does${skip ? ` (skipped: ${missing})` : ''}`,
  () => {
    const schemas: Record<string, z.ZodType> = PUBLISHED_SCHEMAS;
    const examples = exampleIds().flatMap((id) =>
      [...validExamples(id), ...invalidExamples(id)].map((example) => ({ id, example })),
    );

    it('finds the same broken rules at the same places in every example', () => {
      const result = spawnSync(PYTHON, ['-c', APPLY_RULES, join(REPO_ROOT, 'schemas', 'rules.json')], {
        input: JSON.stringify(examples.map(({ id, example }) => [id, example.absolutePath])),
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
      const python = JSON.parse(result.stdout) as string[][];
      const toolkit = examples.map(({ id, example }) =>
        brokenRules(prepareRules(rulesOf(schemas[id] as z.ZodType) as unknown as RecordRule[]), example.data)
          .map((broken) => `${broken.rule.code}@${broken.path.join('.')}`)
          .sort(),
      );
      expect(python).toEqual(toolkit);
      // The comparison means something only if rules were found.
      expect(toolkit.flat().length).toBeGreaterThan(40);
    });
  },
);
