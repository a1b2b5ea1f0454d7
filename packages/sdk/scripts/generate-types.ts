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

type Node = Record<string, unknown>;

/**
 * "Give at least one of these fields" is written in the document as anyOf of bare `required`
 * lists, which openapi-typescript turns into `T | unknown` (so anything would compile). For the
 * types only, say it as oneOf of the same fields made required, which becomes `T & ({ a } | { b })`:
 * exactly "at least one of".
 */
function atLeastOneOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(atLeastOneOf);
  if (node === null || typeof node !== 'object') return node;
  const copy: Node = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, atLeastOneOf(value)]),
  );
  const members = copy.anyOf;
  const bare = (member: unknown): member is { required: string[] } =>
    typeof member === 'object' && member !== null && Object.keys(member).join() === 'required';
  if (Array.isArray(members) && members.every(bare) && copy.oneOf === undefined) {
    const properties = (copy.properties ?? {}) as Node;
    delete copy.anyOf;
    copy.oneOf = members.map((member) => ({
      required: member.required,
      properties: Object.fromEntries(member.required.map((field) => [field, properties[field] ?? {}])),
    }));
  }
  return copy;
}

const document = atLeastOneOf(JSON.parse(readFileSync(source, 'utf8'))) as Parameters<typeof openapiTS>[0];
const ast = await openapiTS(document, { alphabetize: true, exportType: true });
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
