import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real command in a real terminal: the built bin run inside tmux, driven by keystrokes (the
 * text and Enter sent separately, as Ink needs), the screen read back. CI unset for the program, or
 * Ink draws nothing until it exits.
 */
const app = path.resolve(import.meta.dirname, '../..');
const bin = path.join(app, 'bin/safeguarding.js');
const bundle = path.join(app, 'dist/bundle/safeguarding.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A server of our own (its socket in this run's temporary folder), so nothing else is touched.
const socket = path.join(mkdtempSync(path.join(tmpdir(), 'chat-tmux-')), 'tmux.sock');
const session = 'chat';
const work = mkdtempSync(path.join(tmpdir(), 'chat-files-'));

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
}

const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', session);

async function until(words: string | RegExp, what = String(words)): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    const shown = screen();
    if (typeof words === 'string' ? shown.includes(words) : words.test(shown)) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the terminal never showed ${what}:\n${screen()}`);
}

function send(text: string): void {
  tmux('send-keys', '-t', session, '-l', text);
  tmux('send-keys', '-t', session, 'Enter');
}

// Skipped only where tmux is not installed (CI installs it; see .ci/run).
describe.skipIf(!hasTmux)('the chat in a terminal (tmux)', () => {
  beforeAll(async () => {
    // The bin runs the bundle; build it if this checkout has not been built yet.
    if (!existsSync(bundle)) await promisify(execFile)('npx', ['vite', 'build'], { cwd: app });
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '100',
      '-y',
      '50',
      '-c',
      work,
      `env -u CI TERM=xterm-256color ${process.execPath} ${bin} --as-of 2026-11-23; sleep 30`,
    );
  }, 120_000);

  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-S', socket, 'kill-server']);
  });

  it('opens at a prompt, reads a case in plain English, asks, and answers with dated, cited actions', async () => {
    await until('describe a case or ask a question', 'the first prompt');
    expect(screen()).toContain('as of Monday 23 November 2026 · Working Together 2023 in force');

    send('9 week old baby died yesterday, suspected neglegt, we found out this morning');
    await until('Where did the incident happen?');
    expect(screen()).toContain('Child died: Sunday 22 November 2026');

    // The first choice with Enter on the empty line; the next ones typed.
    tmux('send-keys', '-t', session, 'Enter');
    await until('Was the child looked after');
    send('no');
    await until('Does the child normally live');
    send('yes');
    await until('joint agency response criteria met');
    send('skip');

    const answer = await until('Check your local procedures', 'the answer');
    expect(answer).toMatch(/Mon 30 Nov +Notify the Child Safeguarding Practice Review Panel/);
    expect(answer).toMatch(/local authority → Child Safeguarding Practice Review Panel/);
    expect(answer).toMatch(/due · 5 working days left · must \(law\)/);
    expect(answer).toContain('Children Act 2004, section 16C(1)');
  });

  it('takes a correction in words and the slash commands, and leaves on /quit', async () => {
    send('actually she is 17 and was in care');
    await until('Notify the death of a looked-after child', 'the answer with the new facts');

    send('/timeline');
    await until('Timeline · as of Mon 23 Nov 2026');

    send('/export notes.md');
    await until('Saved the conversation and the answer to notes.md.');
    expect(readFileSync(path.join(work, 'notes.md'), 'utf8')).toContain(
      'Notify the death of a looked-after child',
    );

    send('/quit');
    await until('Goodbye. Nothing was kept.');
  });
});
