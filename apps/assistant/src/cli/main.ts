import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { todayInLondon } from '@safeguarding/rules';
import { terminalProgress } from '@safeguarding/validator/node';
import { apiFromEnvironment } from '../api/api-from-environment.ts';
import { chatOptions } from './chat-options.ts';
import { run } from './run.ts';

// The process edge: real arguments, streams, files and clock go in; the exit code comes out.

/** The chat's options, or undefined for a command; a mistake in them is one plain line and exit 2. */
function chatArguments(args: readonly string[]): ReturnType<typeof chatOptions> {
  try {
    return chatOptions(args);
  } catch (error) {
    process.stderr.write(`safeguarding: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const args = process.argv.slice(2);
const chat = process.stdin.isTTY && process.stdout.isTTY ? chatArguments(args) : undefined;

if (chat) {
  // No command on a terminal: the chat. Ink is loaded only here, so the other commands start fast.
  const { startChat } = await import('../ui/start-chat.tsx');
  await startChat({
    today: chat.asOf ?? todayInLondon(new Date()),
    ...(chat.edition ? { edition: chat.edition } : {}),
    color,
    api: apiFromEnvironment(process.env),
  });
} else {
  // With the question piped in and no command, answer it as `ask` would.
  const command = args.length === 0 && !process.stdin.isTTY ? ['ask'] : args;
  process.exitCode = await run(command, {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => text(process.stdin),
    readFile: (path) => readFile(path, 'utf8'),
    today: () => todayInLondon(new Date()),
    color,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    stdinBytes: () => process.stdin,
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stdoutIsTerminal: Boolean(process.stdout.isTTY),
    progress: terminalProgress(process.stderr, process.env),
  });
}
