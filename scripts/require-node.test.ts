import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const script = fileURLToPath(new URL('./require-node.mjs', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The machine's own Node, when it is older than 24 (Debian's, on this machine and in CI). */
function olderSystemNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/bin/node']) {
    if (!existsSync(candidate)) continue;
    const major = Number(execFileSync(candidate, ['-p', 'process.versions.node.split(".")[0]']).toString());
    if (major < 24) return candidate;
  }
  return undefined;
}

describe('the Node version guard', () => {
  test('runs before npm install and npm test', () => {
    expect(packageJson.scripts.preinstall).toContain('scripts/require-node.mjs');
    expect(packageJson.scripts.pretest).toContain('scripts/require-node.mjs');
  });

  test('lets Node 24 through silently', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  const older = olderSystemNode();
  // Skipped only where the machine has no Node older than 24 to try it with.
  test.skipIf(!older)('stops an older Node with one plain line naming both versions', () => {
    const result = spawnSync(older!, [script], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs Node 24 or newer; this is Node \d+\.\d+\.\d+/);
  });
});
