import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { terminalProgress } from '@safeguarding/validator/node';
import { run } from './run.ts';
import { todayInLondon } from './today-in-london.ts';

// The process edge: real arguments, streams, files and clock go in; the exit code comes out.

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

process.exitCode = await run(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  readStdin: () => text(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  today: () => todayInLondon(new Date()),
  color,
  stdinBytes: () => process.stdin,
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stdoutIsTerminal: Boolean(process.stdout.isTTY),
  progress: terminalProgress(process.stderr, process.env),
});
