import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BIN = fileURLToPath(new URL('../../bin/safeguarding-api.js', import.meta.url));
const run = promisify(execFile);

/** Runs `safeguarding-api token create` as its own process and returns the printed token. */
export async function createTokenWithCli(
  dataDir: string,
  role: string,
  areas: string[] = [],
): Promise<string> {
  const args = [
    'token',
    'create',
    '--role',
    role,
    '--data',
    dataDir,
    ...areas.flatMap((area) => ['--area', area]),
  ];
  const { stdout } = await run(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '' },
  });
  return stdout.trim();
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/**
 * Starts `safeguarding-api serve` on a free loopback port and waits until it says where it listens:
 * on PGlite in dataDir, or on PostgreSQL at databaseUrl (dataDir then holds its audit key and witness).
 */
export function startChildServer(
  dataDir: string,
  options: { databaseUrl?: string } = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet', '--data', dataDir], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? code));
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve({ url: match[1], process: child, exited });
    });
    exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
}
