import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type GeneratedFile, JSON_SCHEMA_DIR } from './generated-files.ts';

export type SyncResult = {
  /** Files written or deleted (write mode), relative to the repository root. */
  changed: string[];
  /** What is stale, missing or extra (check mode), one sentence each. */
  problems: string[];
};

/**
 * Brings the generated files on disk in line with `files`. In check mode it writes nothing and
 * reports each difference instead. A `.schema.json` in the schema folder that is no longer
 * published counts as extra and is deleted.
 */
export function syncGeneratedFiles(
  rootDir: string,
  files: GeneratedFile[],
  options: { check: boolean },
): SyncResult {
  const changed: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const absolute = join(rootDir, file.path);
    const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
    if (current === file.content) continue;
    if (options.check) {
      problems.push(
        current === undefined
          ? `${file.path} is missing: run npm run generate`
          : `${file.path} is out of date: run npm run generate`,
      );
    } else {
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, file.content);
      changed.push(file.path);
    }
  }
  const expected = new Set(files.map((file) => file.path));
  const schemaDir = join(rootDir, JSON_SCHEMA_DIR);
  const onDisk = existsSync(schemaDir)
    ? readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json'))
    : [];
  for (const name of onDisk.sort()) {
    const path = `${JSON_SCHEMA_DIR}/${name}`;
    if (expected.has(path)) continue;
    if (options.check)
      problems.push(`${path} is not generated from any published schema: run npm run generate to remove it`);
    else {
      rmSync(join(rootDir, path));
      changed.push(path);
    }
  }
  return { changed, problems };
}
