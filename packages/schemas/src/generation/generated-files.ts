import type * as z from 'zod';
import { PUBLISHED_SCHEMAS } from '../published.ts';
import { jsonSchemaDocument, renderJson } from './json-schema-document.ts';
import { rulesDocument } from './rules-document.ts';
import { schemasReadme } from './schemas-readme.ts';

/** A file the generator owns: its path from the repository root and its exact content. */
export type GeneratedFile = { path: string; content: string };

/** The folder of the generated JSON Schemas, from the repository root. */
export const JSON_SCHEMA_DIR = 'schemas/json';

/** Everything `npm run generate` writes, in a fixed order. Pure: no file system. */
export function generatedFiles(schemas: Record<string, z.ZodType> = PUBLISHED_SCHEMAS): GeneratedFile[] {
  const files = Object.entries(schemas).map(([id, schema]) => ({
    path: `${JSON_SCHEMA_DIR}/${id}.schema.json`,
    content: renderJson(jsonSchemaDocument(id, schema)),
  }));
  files.push({ path: 'schemas/rules.json', content: renderJson(rulesDocument(schemas)) });
  files.push({ path: 'schemas/README.md', content: schemasReadme(schemas) });
  return files;
}
