import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const BIN = path.resolve(import.meta.dirname, '../../../api/bin/safeguarding-api.js');
const run = promisify(execFile);

export const HOME_AREA = 'E08000034';

export interface RunningApi {
  url: string;
  /** A partner's token for HOME_AREA, made with `safeguarding-api token create`. */
  token: string;
  stop(): Promise<void>;
}

/**
 * The real reference API (`safeguarding-api serve`) on a free loopback port, storing in a new
 * PGlite folder in the test run's temporary folder, removed when it stops.
 */
export async function startApi(): Promise<RunningApi> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'assistant-api-'));
  const env = { ...process.env, DATABASE_URL: '' };
  const { stdout } = await run(
    process.execPath,
    [BIN, 'token', 'create', '--role', 'partner', '--area', HOME_AREA, '--data', dataDir],
    { env },
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--quiet', '--data', dataDir],
    {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`the API stopped before it listened: ${stderr}`)));
  });
  return {
    url,
    token: stdout.trim(),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
