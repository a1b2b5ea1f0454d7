// Writes schemas/openapi.json from the app's routes, and src/openapi/examples.generated.ts (the
// examples the routes show, from schemas/examples). With --check, writes nothing and exits 1 naming
// each stale file. Run: npm run generate -w @safeguarding/api [-- --check]
// --file PATH checks or writes another copy of openapi.json (the tests use it so the committed file is never touched).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { examplesModuleText, readExamples } from '../src/openapi/examples-module.ts';
import { generateOpenApiText } from '../src/openapi/openapi-document.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, file: { type: 'string' } },
});
const schemasDir = fileURLToPath(new URL('../../../schemas/', import.meta.url));
const examples = readExamples(schemasDir);
const targets = [
  {
    name: 'apps/api/src/openapi/examples.generated.ts',
    path: fileURLToPath(new URL('../src/openapi/examples.generated.ts', import.meta.url)),
    text: examplesModuleText(examples),
  },
  {
    name: values.file ?? 'schemas/openapi.json',
    path: values.file ?? `${schemasDir}openapi.json`,
    text: generateOpenApiText(examples),
  },
];

let stale = false;
for (const target of targets) {
  let current: string | undefined;
  try {
    current = readFileSync(target.path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === target.text) console.log(`${target.name} is up to date.`);
  else if (values.check) {
    console.error(`${target.name} is stale: run \`npm run generate -w @safeguarding/api\` and commit it.`);
    stale = true;
  } else {
    writeFileSync(target.path, target.text);
    console.log(`Wrote ${target.name}.`);
  }
}
if (stale) process.exit(1);
