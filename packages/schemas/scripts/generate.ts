/**
 * Writes schemas/json/<id>.schema.json for every published schema, and schemas/README.md.
 * `--check` writes nothing and exits 1, naming each stale, missing or extra file.
 *
 *   npm run generate            (from the repository root, through turbo)
 *   npm run generate -- --check
 */
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../src/generation/generated-files.ts';
import { syncGeneratedFiles } from '../src/generation/sync-generated-files.ts';

// --root lets the tests point the check at a scratch folder; normally it is the repository root.
const rootFlag = process.argv.indexOf('--root');
const rootDir =
  rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? '.') : fileURLToPath(new URL('../../../', import.meta.url));
const check = process.argv.includes('--check');
const { changed, problems } = syncGeneratedFiles(rootDir, generatedFiles(), { check });

if (check) {
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log('schemas/json and schemas/README.md are up to date.');
} else {
  for (const path of changed) console.log(`wrote ${path}`);
  if (changed.length === 0) console.log('schemas/json and schemas/README.md were already up to date.');
}
