import { execFile, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seriousIncidentInput } from '../testing/fixtures.ts';
import { openPglite } from './pglite-database.ts';
import { makePrivateFolder } from './private-folder.ts';
import { migratedPgliteSnapshot } from './test-backends.ts';

const BIN = fileURLToPath(new URL('../../bin/safeguarding-api.js', import.meta.url));
const run = promisify(execFile);

/** Every path under dir that someone other than its owner could read, write or enter. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stats = statSync(path);
    if ((stats.mode & 0o077) !== 0) found.push(`${path} ${(stats.mode & 0o777).toString(8)}`);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return found;
}

/** The command line, started as a shell would start it with a permissive umask. */
function underUmask000(args: string[]) {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ');
  return ['/bin/sh', ['-c', `umask 000 && exec ${quoted}`]] as const;
}

describe('the embedded data folder', () => {
  it('makes an existing folder and everything in it owner-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-private-'));
    mkdirSync(join(dir, 'pglite', 'base'), { recursive: true });
    writeFileSync(join(dir, 'pglite', 'base', '1'), 'x');
    writeFileSync(join(dir, 'key.pem'), 'x');
    for (const path of [dir, join(dir, 'pglite'), join(dir, 'pglite', 'base')]) chmodSync(path, 0o777);
    for (const path of [join(dir, 'pglite', 'base', '1'), join(dir, 'key.pem')]) chmodSync(path, 0o666);
    makePrivateFolder(dir);
    expect(openToOthers(dir)).toEqual([]);
    expect(statSync(join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'pglite')).mode & 0o777).toBe(0o700);
  });

  it('stays owner-only when the command line runs under umask 000, through tokens, serving and writes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sg-umask-')), 'data');
    // Seeded from a migrated snapshot (an initdb takes seconds), by this process and its own umask.
    mkdirSync(dir, { mode: 0o755 });
    const seed = await openPglite({
      dataDir: join(dir, 'pglite'),
      loadDataDir: await migratedPgliteSnapshot(),
    });
    await seed.close();
    const [shell, tokenArgs] = underUmask000([
      'token',
      'create',
      '--role',
      'partner',
      '--area',
      'E08000034',
      '--data',
      dir,
    ]);
    const token = (await run(shell, tokenArgs, { env: { ...process.env, DATABASE_URL: '' } })).stdout.trim();
    const [, serveArgs] = underUmask000(['serve', '--port', '0', '--quiet', '--data', dir]);
    const server = spawn(shell, serveArgs, {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise((resolve) => server.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = '';
        server.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (match?.[1]) resolve(match[1]);
        });
        exited.then(() => reject(new Error(stderr)));
      });
      const created = await fetch(`${url}/v1/serious-incidents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(seriousIncidentInput()),
      });
      expect(created.status).toBe(201);
      expect(openToOthers(dir)).toEqual([]);
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    expect(openToOthers(dir)).toEqual([]);
  }, 60_000);
});
