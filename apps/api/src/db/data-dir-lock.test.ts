import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

describe('lockDataDir', () => {
  it('refuses a second owner while the first holds the folder, and frees it on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lock-'));
    writeFileSync(join(dir, 'safeguarding-api.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/in use by process/);
  });

  it('takes over a lock left by a process that has gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-lock-'));
    const gone = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, 'safeguarding-api.lock'), gone);
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'safeguarding-api.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'safeguarding-api.lock'))).toBe(false);
  });
});
