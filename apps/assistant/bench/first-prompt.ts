/**
 * `npm run bench -w @safeguarding/assistant`: how long the chat takes to show its first prompt on
 * this machine (target: under 500 ms). Starts the built command in a pseudo-terminal (util-linux
 * `script`), as a user would from a shell, and times from the start until the prompt is drawn.
 * The first run fills Node's compile cache; the figure that counts is the median of the runs after.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/safeguarding.js', import.meta.url));
const PROMPT = 'describe a case or ask a question';
const RUNS = 9;
const TARGET_MS = 500;

if (spawnSync('script', ['--version']).error) {
  console.error('The benchmark needs util-linux `script` to give the chat a terminal.');
  process.exit(1);
}

// A compile cache of its own, so the first run is a true cold start.
const cache = mkdtempSync(join(tmpdir(), 'assistant-bench-'));
const environment: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', NODE_COMPILE_CACHE: cache };
delete environment.CI;

function firstPrompt(command: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-q', '-f', '-e', '-c', command, '/dev/null'], { env: environment });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no prompt after 10 s; the screen showed:\n${seen}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes(PROMPT)) return;
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdin.write('\u0003'); // Ctrl+C: the chat leaves
      child.on('exit', () => resolve(elapsed));
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    });
    child.on('error', reject);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

try {
  const node = await firstPrompt(`node -e "process.stdout.write('${PROMPT}')"`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await firstPrompt(`node ${JSON.stringify(BIN)}`));
  const [cold, ...warm] = times;
  const typical = median(warm);
  console.log("@safeguarding/assistant benchmark: the chat's first prompt, in a terminal");
  console.log(`${node.toFixed(0).padStart(6)} ms  node itself, printing one line (the floor)`);
  console.log(`${cold!.toFixed(0).padStart(6)} ms  first start, empty compile cache`);
  console.log(
    `${typical.toFixed(0).padStart(6)} ms  median of ${warm.length} starts after (target ${TARGET_MS} ms: ${typical < TARGET_MS ? 'met' : 'NOT met'})`,
  );
  console.log(`        ${warm.map((time) => time.toFixed(0)).join(', ')} ms`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
