import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of a test's own (Debian's pg_createcluster, on another port, listening on
 * localhost only), so a test may stop and start it under load without disturbing the shared server
 * other tests use. Needs root and Debian's postgresql package, as CI has; undefined when it can run.
 */
export function ownClusterSkipReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'making a PostgreSQL cluster of its own needs root (CI runs as root)';
  if (!existsSync('/usr/bin/pg_createcluster'))
    return 'Debian’s postgresql package (pg_createcluster) is not installed';
  if (pgVersion() === undefined) return 'no PostgreSQL server under /usr/lib/postgresql';
  return undefined;
}

function pgVersion(): string | undefined {
  if (!existsSync('/usr/lib/postgresql')) return undefined;
  return readdirSync('/usr/lib/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))[0];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface OwnCluster {
  /** A superuser's URL over loopback. */
  url: string;
  /** Stops the server the way an operator's restart does (fast: running transactions are cut off). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes it, data and configuration. */
  drop(): Promise<void>;
}

export async function createOwnCluster(): Promise<OwnCluster> {
  const version = pgVersion() as string;
  const name = `sgtest${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  await run('pg_createcluster', [version, name, '-p', String(port)]);
  const ctl = (action: string, ...more: string[]) => run('pg_ctlcluster', [version, name, action, ...more]);
  try {
    await ctl('start');
    await run('runuser', [
      '-u',
      'postgres',
      '--',
      'psql',
      '-p',
      String(port),
      '-qc',
      `create user sgtest superuser password '${password}'`,
    ]);
  } catch (error) {
    await run('pg_dropcluster', [version, name, '--stop']).catch(() => {});
    throw error;
  }
  return {
    url: `postgres://sgtest:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await ctl('stop', '-m', 'fast');
    },
    start: async () => {
      await ctl('start');
    },
    drop: async () => {
      await run('pg_dropcluster', [version, name, '--stop']);
    },
  };
}
