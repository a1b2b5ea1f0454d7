import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_IDS, validate } from './index.ts';

const EXAMPLES = new URL('../../../../schemas/examples/', import.meta.url).pathname;

type Expected = { path: string; jsonSchema: boolean; code?: string };

const pointerOf = (dotted: string) =>
  dotted === ''
    ? ''
    : `/${dotted
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .join('/')}`;

const cases = SCHEMA_IDS.flatMap((id) => {
  const folder = join(EXAMPLES, id);
  const files = (sub: string) => {
    try {
      return readdirSync(join(folder, sub)).filter(
        (name) => name.endsWith('.json') && name !== 'expected.json',
      );
    } catch {
      return [];
    }
  };
  let manifest: Record<string, Expected> = {};
  try {
    manifest = JSON.parse(readFileSync(join(folder, 'invalid', 'expected.json'), 'utf8'));
  } catch {}
  return [
    ...files('valid').map((file) => ({
      id,
      file: `valid/${file}`,
      expected: undefined as Expected | undefined,
    })),
    ...files('invalid').map((file) => ({ id, file: `invalid/${file}`, expected: manifest[file] })),
  ];
});

/** The validator and the zod schemas judge every published example alike, with the same rule codes. */
describe.each(cases)('$id $file', ({ id, file, expected }) => {
  it(
    expected
      ? `is rejected on ${expected.path}${expected.code ? ` with ${expected.code}` : ''}`
      : 'has no errors',
    async () => {
      const bytes = readFileSync(join(EXAMPLES, id, file));
      const report = await validate(
        { name: file, format: 'json', bytes: new Uint8Array(bytes) },
        { schemaId: id, asOf: '2026-11-23' },
      );
      const errors = report.problems.filter((problem) => problem.severity === 'error');
      if (!expected) {
        expect(errors).toEqual([]);
        return;
      }
      expect(errors.length).toBeGreaterThan(0);
      if (expected.code) expect(errors.map((problem) => problem.code)).toContain(expected.code);
      else expect(errors.every((problem) => problem.code.startsWith('SCHEMA-'))).toBe(true);
      expect(errors.map((problem) => problem.path)).toContain(pointerOf(expected.path));
    },
  );
});

it('covers every record schema that has examples', () => {
  expect(new Set(cases.map((entry) => entry.id)).size).toBeGreaterThanOrEqual(7);
  expect(cases.filter((entry) => entry.expected?.code).length).toBeGreaterThan(40);
});
