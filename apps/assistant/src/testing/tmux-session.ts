import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const app = path.resolve(import.meta.dirname, '../..');
const bin = path.join(app, 'bin/safeguarding.js');
const bundle = path.join(app, 'dist/bundle/safeguarding.js');

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** The newest change to the source the bundle is built from. */
function newestSource(): number {
  const repo = path.resolve(app, '../..');
  const folders = ['apps/assistant/src', 'packages/rules/src', 'packages/schemas/src', 'packages/sdk/src'];
  let newest = statSync(path.join(app, 'vite.config.ts')).mtimeMs;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(path.join(repo, folder))) visit(path.join(repo, folder));
  return newest;
}

/** The built command, bundled as the bin runs it; built here when missing or older than its source. */
export async function ensureBundle(): Promise<void> {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource()) return;
  await promisify(execFile)('npx', ['vite', 'build'], {
    cwd: app,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface ChatSession {
  /** The terminal's text, scrollback included. */
  screen(): string;
  /** Types the text, then presses Enter: two send-keys, as Ink needs. */
  send(text: string): void;
  key(name: string): void;
  /** Waits (up to 10 s) until the screen shows the words, and returns it. */
  until(words: string | RegExp, what?: string): Promise<string>;
  close(): void;
}

/**
 * The chat run by the real bin inside tmux, on a server of its own (its socket in the test run's
 * temporary folder, so nothing else is touched), with CI unset (Ink draws nothing until exit
 * under CI=true) and the given environment.
 */
export function openChatSession(options: {
  args?: string[];
  env?: Record<string, string>;
  cwd: string;
}): ChatSession {
  const socket = path.join(mkdtempSync(path.join(tmpdir(), 'chat-tmux-')), 'tmux.sock');
  const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
  const env = Object.entries(options.env ?? {}).map(([name, value]) => `${name}=${value}`);
  const command = [
    'env',
    '-u',
    'CI',
    'TERM=xterm-256color',
    ...env,
    process.execPath,
    bin,
    ...(options.args ?? []),
  ]
    .map((part) => `'${part.replace(/'/g, "'\\''")}'`)
    .join(' ');
  // The shell waits after the chat ends, so its last screen can still be read.
  tmux('new-session', '-d', '-s', 'chat', '-x', '100', '-y', '50', '-c', options.cwd, `${command}; sleep 60`);
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-1000', '-t', 'chat');
  return {
    screen,
    send(text) {
      tmux('send-keys', '-t', 'chat', '-l', text);
      tmux('send-keys', '-t', 'chat', 'Enter');
    },
    key(name) {
      tmux('send-keys', '-t', 'chat', name);
    },
    async until(words, what = String(words)) {
      for (let tries = 0; tries < 200; tries++) {
        const shown = screen();
        if (typeof words === 'string' ? shown.includes(words) : words.test(shown)) return shown;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the terminal never showed ${what}:\n${screen()}`);
    },
    close() {
      spawnSync('tmux', ['-S', socket, 'kill-server']);
    },
  };
}
