// Writes src/api-types.generated.ts: the TypeScript types of schemas/openapi.json, by
// openapi-typescript. With --check, writes nothing and exits 1 when the file is stale.
// Run: npm run generate -w @safeguarding/sdk [-- --check]
// --openapi PATH and --file PATH check or write other copies (the tests use them).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    openapi: { type: 'string' },
    file: { type: 'string' },
  },
});
const source = values.openapi ?? fileURLToPath(new URL('../../../schemas/openapi.json', import.meta.url));
const target = values.file ?? fileURLToPath(new URL('../src/api-types.generated.ts', import.meta.url));
const name = values.file ?? 'packages/sdk/src/api-types.generated.ts';

const ast = await openapiTS(JSON.parse(readFileSync(source, 'utf8')), {
  alphabetize: true,
  exportType: true,
});
const fresh = `// Generated from schemas/openapi.json by \`npm run generate -w @safeguarding/sdk\` (openapi-typescript). Do not edit.\n\n${astToString(ast)}`;
let current: string | undefined;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = undefined;
}
if (current === fresh) console.log(`${name} is up to date.`);
else if (values.check) {
  console.error(`${name} is stale: run \`npm run generate -w @safeguarding/sdk\` and commit it.`);
  process.exit(1);
} else {
  writeFileSync(target, fresh);
  console.log(`Wrote ${name}.`);
}
