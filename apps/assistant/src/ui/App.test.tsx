import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistantApi } from '../api/assistant-api.ts';
import { createContext } from '../conversation/create-context.ts';
import type { ShellIo } from '../conversation/run-effect.ts';
import { initialState } from '../conversation/state.ts';
import { welcome } from '../conversation/welcome.ts';
import { App } from './App.tsx';

const ENTER = '\r';
const UP = '\u001B[A';
const DOWN = '\u001B[B';

const context = createContext();
let instance: ReturnType<typeof render> | undefined;

afterEach(() => {
  instance?.unmount();
  instance = undefined;
});

function start(io: Partial<ShellIo> = {}, options: { apiConfigured?: boolean; color?: boolean } = {}) {
  const ctx = options.apiConfigured ? createContext({ apiConfigured: true }) : context;
  const shell: ShellIo = { writeFile: async () => {}, api: undefined, ...io };
  instance = render(
    <App
      context={ctx}
      initial={welcome(initialState('2026-11-23'), ctx)}
      io={shell}
      color={options.color ?? false}
      columns={100}
    />,
  );
  return instance;
}

/** Everything written so far: the transcript is drawn once, above the live part. */
const screen = () => instance!.frames.join('\n');

async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the screen never showed ${what}:\n${instance!.lastFrame()}`);
}

async function type(text: string): Promise<void> {
  instance!.stdin.write(text);
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the chat on the screen', () => {
  it('greets with the date and the edition in force, and waits at the prompt', async () => {
    start();
    await until(() => screen().includes('› '), 'the prompt');
    expect(screen()).toContain(
      'Safeguarding assistant · as of Monday 23 November 2026 · Working Together 2023 in force.',
    );
    expect(instance!.lastFrame()).toContain('describe a case or ask a question · /help');
  });

  it('shows what it understood, asks with choices picked by arrow keys, then answers with dates first', async () => {
    start();
    await type('9 week old baby died yesterday, suspected neglegt, we found out this morning');
    await type(ENTER);
    await until(() => screen().includes('Where did the incident happen?'), 'the first question');
    expect(screen()).toContain('Child died: Sunday 22 November 2026');
    expect(instance!.lastFrame()).toMatch(/❯ 1\. It happened in the local authority's area/);
    await type(DOWN);
    await type(DOWN);
    await type(UP);
    await until(
      () => /❯ 2\. It happened outside England/.test(instance!.lastFrame() ?? ''),
      'the second choice marked',
    );
    await type(UP);
    await type(ENTER);
    await until(() => screen().includes('Was the child looked after'), 'the next question');
    expect(screen()).toContain("Where did the incident happen? It happened in the local authority's area");
    await type('skip all');
    await type(ENTER);
    await until(
      () => screen().includes('Working Together 2023 · as of Monday 23 November 2026'),
      'the answer',
    );
    expect(screen()).toMatch(/Mon 30 Nov +Notify the Child Safeguarding Practice Review Panel/);
    expect(screen()).toContain('Check your local procedures');
  });

  it('recalls what was typed with up and down', async () => {
    start();
    await type('what is a LADO?');
    await type(ENTER);
    await until(() => screen().includes('LADO: The officer'), 'the answer');
    await type(UP);
    await until(() => (instance!.lastFrame() ?? '').includes('› what is a LADO?'), 'the line recalled');
    await type(DOWN);
    await until(
      () => (instance!.lastFrame() ?? '').includes('describe a case or ask a question'),
      'an empty line again',
    );
  });

  it('takes text and Enter that arrive in one read, in order', async () => {
    start();
    await type(`what is a LADO?${ENTER}`);
    await until(() => screen().includes('LADO: The officer'), 'the answer');
  });

  it('keeps what is typed while the API works, and sends it when asked after', async () => {
    let finish: (page: { asOf: string; items: [] }) => void = () => {};
    const api: AssistantApi = {
      loadCase: () => Promise.reject(new Error('not used')),
      listDue: () => new Promise((resolve) => (finish = resolve)),
    };
    start({ api }, { apiConfigured: true });
    await type(`/due${ENTER}`);
    await until(() => (instance!.lastFrame() ?? '').includes('Asking the API'), 'the spinner');
    await type('/help');
    await type(ENTER);
    expect(instance!.lastFrame()).toContain('› /help');
    finish({ asOf: '2026-11-23', items: [] });
    await until(() => screen().includes('Nothing is due on your cases.'), 'the answer');
    await type(ENTER);
    await until(() => screen().includes('Commands'), 'the help');
  });

  it('edits the line: backspace and left arrow', async () => {
    start();
    await type('/helx');
    await type('\u007F');
    await type('p');
    await type(ENTER);
    await until(() => screen().includes('Commands'), 'the help');
    expect(screen()).toContain('/edition 2018');
  });

  it('shows a spinner while the API works, then what it answered', async () => {
    let finish: (page: { asOf: string; items: [] }) => void = () => {};
    const api: AssistantApi = {
      loadCase: () => Promise.reject(new Error('not used')),
      listDue: () => new Promise((resolve) => (finish = resolve)),
    };
    start({ api }, { apiConfigured: true });
    await type('/due');
    await type(ENTER);
    await until(() => (instance!.lastFrame() ?? '').includes('Asking the API what is due…'), 'the spinner');
    finish({ asOf: '2026-11-23', items: [] });
    await until(() => screen().includes('Nothing is due on your cases.'), 'the answer');
    expect(instance!.lastFrame()).not.toContain('Asking the API');
  });

  it('writes /export through the shell and says where', async () => {
    const written: { path: string; content: string }[] = [];
    start({ writeFile: async (path, content) => void written.push({ path, content }) });
    await type('allegation against a teacher received today');
    await type(ENTER);
    await until(() => screen().includes('Inform the LADO'), 'the answer');
    await type('/export notes.md');
    await type(ENTER);
    await until(
      () => screen().includes('Saved the conversation and the answer to notes.md.'),
      'the confirmation',
    );
    expect(written).toHaveLength(1);
    expect(written[0]!.content).toContain('Inform the LADO of the allegation');
  });

  it('says so when a file cannot be written, and keeps going', async () => {
    start({ writeFile: async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) });
    await type('allegation against a teacher received today');
    await type(ENTER);
    await type('/ics /root/due.ics');
    await type(ENTER);
    await until(() => screen().includes('Could not save /root/due.ics: permission denied.'), 'the failure');
    await type('/help');
    await type(ENTER);
    await until(() => screen().includes('Commands'), 'the help');
  });

  it('draws colour only when asked to', async () => {
    start({}, { color: false });
    await type('/due');
    await type(ENTER);
    await until(() => screen().includes('The API is not set up'), 'the notice');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI colour codes.
    expect(screen()).not.toMatch(/\u001b\[3\dm/);
  });
});
