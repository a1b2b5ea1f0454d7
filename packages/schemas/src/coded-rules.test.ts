import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ruleCodeOf } from './common/define-record.ts';
import { generatedFiles } from './generation/generated-files.ts';
import { rulesOf } from './generation/rules-document.ts';
import { PUBLISHED_SCHEMAS } from './published.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { exampleIds, invalidExamples, REPO_ROOT } from './testing/examples.ts';

const schemas: Record<string, z.ZodType> = PUBLISHED_SCHEMAS;
const documents = Object.fromEntries(
  generatedFiles()
    .filter((file) => file.path.endsWith('.schema.json'))
    .map((file) => [
      file.path.slice('schemas/json/'.length, -'.schema.json'.length),
      JSON.parse(file.content),
    ]),
);
const allRules = Object.entries(schemas).flatMap(([id, schema]) =>
  rulesOf(schema).map((rule) => ({ id, rule })),
);
const codes = [...new Set(allRules.map(({ rule }) => rule.code))].sort();
const coded = exampleIds().flatMap((id) =>
  invalidExamples(id)
    .filter((example) => example.expected.code !== undefined)
    .map((example) => ({ id, example })),
);

describe('coded rules', () => {
  it('exist for every record schema', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2,3}-\d{3}$/);
  });

  it('mean one thing: a code always has the same message, conditions and JSON Schema form', () => {
    const byCode = new Map<string, string>();
    for (const { rule } of allRules) {
      // A rule embedded in another record keeps its meaning with its paths moved under the list.
      const shape = JSON.stringify({
        ...rule,
        message: rule.message.replace(/^\S+ /, ''),
        fields: [],
        path: '',
        when: rule.when.length,
        require: rule.require.length,
      });
      const seen = byCode.get(rule.code);
      if (seen === undefined) byCode.set(rule.code, shape);
      else expect(shape, rule.code).toBe(seen);
    }
  });

  it.each(codes)('%s has an invalid example that fails on it, in zod and with its code', (code) => {
    const examples = coded.filter(({ example }) => example.expected.code === code);
    expect(examples.length).toBeGreaterThan(0);
    for (const { id, example } of examples) {
      const issues = schemas[id]?.safeParse(example.data).error?.issues ?? [];
      expect(issues.map((issue) => ruleCodeOf(issue))).toContain(code);
      const rule = rulesOf(schemas[id] as z.ZodType).find((candidate) => candidate.code === code);
      expect(example.expected.jsonSchema, `${id}/${example.file}`).toBe(rule?.jsonSchema);
    }
  });

  it.each(Object.entries(documents))(
    '%s marks each JSON Schema form with its rule, and lists every rule in x-rules',
    (id, document) => {
      const published = (document['x-rules'] ?? []) as { code: string; jsonSchema: boolean; path: string }[];
      expect(published).toEqual(rulesOf(schemas[id] as z.ZodType));
      // Each JSON Schema form sits in an allOf (the record's own, or an embedded record's in $defs), marked with its code.
      const marked = [document, ...Object.values(document.$defs ?? {})].flatMap((schema) =>
        ((schema as { allOf?: { 'x-rule'?: string }[] }).allOf ?? []).map((entry) => entry['x-rule']),
      );
      expect(marked).not.toContain(undefined);
      expect([...new Set(marked)].sort()).toEqual(
        [...new Set(published.filter((rule) => rule.jsonSchema).map((rule) => rule.code))].sort(),
      );
    },
  );

  it('are all in schemas/rules.json, each with the schemas it applies to', () => {
    const document = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'rules.json'), 'utf8'));
    expect(document.version).toBe(SCHEMA_VERSION);
    for (const { id, rule } of allRules) {
      const entry = document.rules.find(
        (candidate: { code: string; path: string }) =>
          candidate.code === rule.code && candidate.path === rule.path,
      );
      expect(entry?.schemas, `${rule.code} ${rule.path}`).toContain(id);
    }
  });
});

describe('schema versions', () => {
  it('every published schema carries the version, and the changelog describes it', () => {
    for (const document of Object.values(documents)) {
      expect(document['x-schema-version']).toBe(SCHEMA_VERSION);
      expect(document.$id).toContain(`/v${SCHEMA_VERSION.split('.')[0]}/`);
    }
    const changelog = readFileSync(join(REPO_ROOT, 'schemas', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`\n## ${SCHEMA_VERSION}\n`);
    for (const code of codes) expect(changelog).toContain(code.slice(0, code.indexOf('-')));
  });
});
