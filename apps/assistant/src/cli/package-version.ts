import { readFileSync } from 'node:fs';

/** This package's version, from its package.json (the same relative place from src/ and dist/). */
export function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(packageJson.version);
}
