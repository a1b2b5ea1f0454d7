/**
 * Checks apps/assistant/data/glossary.yaml and compiles it into src/generated/knowledge.json, which
 * the assistant imports (so nothing is read from disk at start-up). `--check` writes nothing and
 * fails when the generated file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue } from '@safeguarding/rules';
import { parse } from 'yaml';
import { compileKnowledge, renderKnowledgeJson } from '../src/knowledge/knowledge-file.ts';

const source = fileURLToPath(new URL('../data/glossary.yaml', import.meta.url));
const output = fileURLToPath(new URL('../src/generated/knowledge.json', import.meta.url));
const name = 'apps/assistant/src/generated/knowledge.json';

let expected: string;
try {
  expected = renderKnowledgeJson(compileKnowledge(parse(readFileSync(source, 'utf8')), catalogue));
} catch (error) {
  console.error(`apps/assistant/data/glossary.yaml has problems:\n${(error as Error).message}`);
  process.exit(1);
}
let current: string | undefined;
try {
  current = readFileSync(output, 'utf8');
} catch {
  current = undefined;
}
if (current !== expected) {
  if (process.argv.includes('--check')) {
    console.error(`${name} is ${current === undefined ? 'missing' : 'out of date'}: run npm run generate`);
    process.exitCode = 1;
  } else {
    writeFileSync(output, expected);
  }
}
