// Writes schemas/openapi.json from the app's routes. With --check, writes nothing and exits 1 if the
// committed file is stale. Run: npm run generate -w @safeguarding/api [-- --check]
// --file PATH checks or writes another copy (the tests use it so the committed file is never touched).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateOpenApiText } from '../src/openapi/openapi-document.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, file: { type: 'string' } },
});
const OPENAPI_FILE = values.file ?? fileURLToPath(new URL('../../../schemas/openapi.json', import.meta.url));
const check = values.check;
const name = values.file ?? 'schemas/openapi.json';
const fresh = generateOpenApiText();
let current: string | undefined;
try {
  current = readFileSync(OPENAPI_FILE, 'utf8');
} catch {
  current = undefined;
}

if (check) {
  if (current !== fresh) {
    console.error(`${name} is stale: run \`npm run generate -w @safeguarding/api\` and commit it.`);
    process.exit(1);
  }
  console.log(`${name} is up to date.`);
} else if (current === fresh) {
  console.log(`${name} is up to date.`);
} else {
  writeFileSync(OPENAPI_FILE, fresh);
  console.log(`Wrote ${name}.`);
}
