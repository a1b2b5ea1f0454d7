import type * as z from 'zod';
import { PUBLISHED_SCHEMAS } from '../published.ts';
import { GENERATED_NOTICE, jsonSchemaDocument, renderJson } from './json-schema-document.ts';

/** A file the generator owns: its path from the repository root and its exact content. */
export type GeneratedFile = { path: string; content: string };

/** The folder of the generated JSON Schemas, from the repository root. */
export const JSON_SCHEMA_DIR = 'schemas/json';

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim().replaceAll('|', '\\|');
}

function readmeFor(schemas: Record<string, z.ZodType>): string {
  const rows = Object.entries(schemas).map(([id, schema]) => {
    const meta = schema.meta() ?? {};
    const title = typeof meta.title === 'string' ? meta.title : id;
    const description = typeof meta.description === 'string' ? firstSentence(meta.description) : '';
    return `| [json/${id}.schema.json](json/${id}.schema.json) | ${title} | ${description} |`;
  });
  return [
    '# Published schemas',
    '',
    `<!-- ${GENERATED_NOTICE} -->`,
    '',
    'Language-neutral contracts of the safeguarding toolkit, for data teams and vendors who do not use',
    'TypeScript. The JSON Schemas (draft 2020-12) are generated from the zod schemas in',
    '`packages/schemas`; run `npm run generate` to rebuild them and `npm run generate -- --check` to',
    'confirm they are up to date. Fields marked `"x-personal-data": true` hold personal data, so',
    'exports can be redacted; `x-enum-descriptions` says what each code means. Cross-field rules',
    '(for example date order) are checked by the zod schemas and, where JSON Schema can express',
    'them, by the JSON Schemas too: see each schema’s `description`.',
    '',
    '| file | title | what it holds |',
    '|---|---|---|',
    ...rows,
    '| [openapi.json](openapi.json) | OpenAPI | OpenAPI 3.1 description of the reference API (generated from `apps/api`). |',
    '| [duties.json](duties.json) | Duty catalogue | The duty catalogue: every duty with its deadline, editions and citations (generated from `packages/rules`). |',
    '',
    'Examples: `examples/<id>/valid/*.json` pass the schema; `examples/<id>/invalid/<reason>.json`',
    'fail it, and `examples/<id>/invalid/expected.json` names the field each one must be rejected',
    'for and whether plain JSON Schema can see the problem (`"jsonSchema": false` means only the',
    'toolkit’s own validation, which also checks cross-field rules, rejects it).',
    '',
  ].join('\n');
}

/** Everything `npm run generate` writes, in a fixed order. Pure: no file system. */
export function generatedFiles(schemas: Record<string, z.ZodType> = PUBLISHED_SCHEMAS): GeneratedFile[] {
  const files = Object.entries(schemas).map(([id, schema]) => ({
    path: `${JSON_SCHEMA_DIR}/${id}.schema.json`,
    content: renderJson(jsonSchemaDocument(id, schema)),
  }));
  files.push({ path: 'schemas/README.md', content: readmeFor(schemas) });
  return files;
}
