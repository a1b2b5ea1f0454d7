/**
 * Writes schemas/duties.json (the duty catalogue as data). `--check` writes nothing and fails,
 * naming the file, when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDutiesDocument } from '../src/duties-document.ts';

const file = fileURLToPath(new URL('../../../schemas/duties.json', import.meta.url));
const expected = renderDutiesDocument();
let current: string | undefined;
try {
  current = readFileSync(file, 'utf8');
} catch {
  current = undefined;
}
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error(
      `schemas/duties.json is ${current === undefined ? 'missing' : 'out of date'}: run npm run generate`,
    );
    process.exitCode = 1;
  }
} else if (current !== expected) {
  writeFileSync(file, expected);
}
