import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSession, ensureBundle, hasTmux, openChatSession } from '../testing/tmux-session.ts';

/**
 * The real command in a real terminal: the built bin run inside tmux, driven by keystrokes (the
 * text and Enter sent separately), the screen read back.
 */
const work = mkdtempSync(path.join(tmpdir(), 'chat-files-'));

// Skipped only where tmux is not installed (CI installs it; see .ci/run).
describe.skipIf(!hasTmux)('the chat in a terminal (tmux)', () => {
  let chat: ChatSession;

  beforeAll(async () => {
    await ensureBundle();
    chat = openChatSession({ args: ['--as-of', '2026-11-23'], cwd: work });
  }, 120_000);

  afterAll(() => chat?.close());

  it('opens at a prompt, reads a case in plain English, asks, and answers with dated, cited actions', async () => {
    await chat.until('describe a case or ask a question', 'the first prompt');
    expect(chat.screen()).toContain('as of Monday 23 November 2026 · Working Together 2023 in force');

    chat.send('9 week old baby died yesterday, suspected neglegt, we found out this morning');
    await chat.until('Where did the incident happen?');
    expect(chat.screen()).toContain('Child died: Sunday 22 November 2026');

    // The first choice with Enter on the empty line; the next ones typed.
    chat.key('Enter');
    await chat.until('Was the child looked after');
    chat.send('no');
    await chat.until('Does the child normally live');
    chat.send('yes');
    await chat.until('joint agency response criteria met');
    chat.send('skip');

    const answer = await chat.until('Check your local procedures', 'the answer');
    expect(answer).toMatch(/Mon 30 Nov +Notify the Child Safeguarding Practice Review Panel/);
    expect(answer).toMatch(/local authority → Child Safeguarding Practice Review Panel/);
    expect(answer).toMatch(/due · 5 working days left · must \(law\)/);
    expect(answer).toContain('Children Act 2004, section 16C(1)');
  });

  it('takes a correction in words and the slash commands, and leaves on /quit', async () => {
    chat.send('actually she is 17 and was in care');
    await chat.until('Notify the death of a looked-after child', 'the answer with the new facts');

    chat.send('/timeline');
    await chat.until('Timeline · as of Mon 23 Nov 2026');

    chat.send('/export notes.md');
    await chat.until('Saved the conversation and the answer to notes.md.');
    expect(readFileSync(path.join(work, 'notes.md'), 'utf8')).toContain(
      'Notify the death of a looked-after child',
    );

    chat.send('/quit');
    await chat.until('Goodbye. Nothing was kept.');
  });
});
