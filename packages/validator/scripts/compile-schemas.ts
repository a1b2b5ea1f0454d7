/**
 * Compiles the committed record schemas (schemas/json) into standalone validator code and the
 * facts the validator reads beside them. `--check` writes nothing and exits 1, naming each
 * stale or missing file.
 *
 *   npm run generate -w @safeguarding/validator
 *   npm run generate -w @safeguarding/validator -- --check
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledFiles, GENERATE_COMMAND } from '../src/generation/compile-schemas.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const file of compiledFiles(root)) {
  const absolute = join(root, file.path);
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (current === file.content) continue;
  if (check) {
    console.error(
      `${file.path} is ${current === undefined ? 'missing' : 'out of date'}: run ${GENERATE_COMMAND}`,
    );
    stale++;
  } else {
    writeFileSync(absolute, file.content);
    console.log(`wrote ${file.path}`);
  }
}
if (stale > 0) process.exitCode = 1;
