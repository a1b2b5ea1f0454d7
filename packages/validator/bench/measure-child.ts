import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Prints the process's peak resident set size (all threads) on exit, for the parent to read. */
const PEAK_RSS_HOOK = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\npeak-rss-kb='+u.maxRSS+' cpu-us='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

export type ChildRun = {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  exitCode: number | null;
  stdout: string;
};

/**
 * Runs a Node script in a child process (built code: the installed command runs dist), feeding
 * it a file through standard input or naming the file, and measures its wall time, CPU time and
 * peak RSS (reported by the child itself on exit).
 */
export function runNode(
  args: readonly string[],
  input?: { file: string } | { stream: Readable },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`--import=${PEAK_RSS_HOOK}`, ...args], {
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    if (input && child.stdin) {
      const source =
        'file' in input ? createReadStream(input.file, { highWaterMark: 1 << 20 }) : input.stream;
      source.pipe(child.stdin);
      child.stdin.on('error', () => {});
    }
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const peak = /peak-rss-kb=(\d+) cpu-us=(\d+)/.exec(stderr);
      if (!peak) {
        reject(new Error(`the child did not report its memory: ${stderr.slice(0, 500)}`));
        return;
      }
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: Number(peak[2]) / 1e6,
        peakRssMb: Number(peak[1]) / 1024,
        exitCode,
        stdout,
      });
    });
  });
}
