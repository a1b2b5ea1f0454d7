import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const BIN = fileURLToPath(new URL('../../bin/safeguarding-api.js', import.meta.url));
const run = promisify(execFile);

export interface ApiServer {
  url: string;
  /** Tokens made with `safeguarding-api token create`, by what they may do. */
  tokens: { home: string; other: string; admin: string };
  stop(): Promise<void>;
}

export const HOME_AREA = 'E08000034';
export const OTHER_AREA = 'E09000033';

/** Where the real server keeps its data: a temporary PGlite folder, or a fresh PostgreSQL database. */
export type Storage = { kind: 'pglite' } | { kind: 'postgres'; adminUrl: string };

async function freshPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`).finally(() => client.end());
    },
  };
}

/**
 * Starts the real API (`safeguarding-api serve`, as a vendor or a team would run it) on a free
 * loopback port, with tokens for two areas and an admin, and stops it and removes its data
 * afterwards. For the tests of the SDK, the assistant and the validator page
 * (`@safeguarding/api/testing`).
 */
export async function startApiServer(
  storage: Storage,
  options: { corsOrigins?: string[] } = {},
): Promise<ApiServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sg-api-'));
  const database = storage.kind === 'postgres' ? await freshPostgres(storage.adminUrl) : undefined;
  const env = { ...process.env, DATABASE_URL: database?.url ?? '' };
  const token = async (role: string, areas: string[]) =>
    (
      await run(
        process.execPath,
        [BIN, 'token', 'create', '--role', role, '--data', dataDir, ...areas.flatMap((a) => ['--area', a])],
        { env },
      )
    ).stdout.trim();
  const tokens = {
    home: await token('partner', [HOME_AREA]),
    other: await token('partner', [OTHER_AREA]),
    admin: await token('admin', []),
  };
  const args = ['serve', '--port', '0', '--quiet', '--data', dataDir];
  for (const origin of options.corsOrigins ?? []) args.push('--cors-origin', origin);
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    exited.then(() => reject(new Error(`the API exited before listening: ${stderr}`)));
  });
  return {
    url,
    tokens,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The storages to test against: PGlite always; PostgreSQL when TEST_DATABASE_URL is set (required in CI). */
export function storages(
  env: NodeJS.ProcessEnv = process.env,
): { name: string; storage?: Storage; skip?: string }[] {
  const url = env.TEST_DATABASE_URL;
  return [
    { name: 'pglite', storage: { kind: 'pglite' } },
    url
      ? { name: 'postgres', storage: { kind: 'postgres', adminUrl: url } }
      : env.CI
        ? {
            name: 'postgres',
            skip: undefined,
            storage: { kind: 'postgres', adminUrl: 'postgres://missing-TEST_DATABASE_URL' },
          }
        : {
            name: 'postgres',
            skip: 'TEST_DATABASE_URL is not set (set it to a PostgreSQL superuser URL to run these tests)',
          },
  ];
}
