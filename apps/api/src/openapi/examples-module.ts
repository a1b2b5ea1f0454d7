import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Examples } from './examples.ts';

export const EXAMPLES_MODULE_NOTICE =
  '// Generated from schemas/examples/*/valid and schemas/duties.json by `npm run generate -w @safeguarding/api`. Do not edit.';

/**
 * Reads the valid examples of every schema (already checked against their schemas by the schemas
 * package's tests) and the first duty of the catalogue, keyed and sorted so the output is stable.
 */
export function readExamples(schemasDir: string): Examples {
  const examplesDir = join(schemasDir, 'examples');
  const examples: Record<string, Record<string, unknown>> = {};
  for (const id of readdirSync(examplesDir).sort()) {
    const validDir = join(examplesDir, id, 'valid');
    if (!existsSync(validDir)) continue;
    examples[id] = Object.fromEntries(
      readdirSync(validDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(validDir, name), 'utf8'))]),
    );
  }
  const catalogue = JSON.parse(readFileSync(join(schemasDir, 'duties.json'), 'utf8')) as {
    duties: unknown[];
  };
  examples.duty = { [String((catalogue.duties[0] as { id: string }).id)]: catalogue.duties[0] };
  return examples;
}

/** The TypeScript module that carries the examples into the app (so /openapi.json has them too). */
export function examplesModuleText(examples: Examples): string {
  return `${EXAMPLES_MODULE_NOTICE}\nimport type { Examples } from './examples.ts';\n\nexport const EXAMPLES: Examples = ${JSON.stringify(examples, null, 2)};\n`;
}
