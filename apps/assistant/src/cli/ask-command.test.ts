import { engine } from '@safeguarding/rules';
import type { NextActions } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import { toCaseFacts } from '../case/to-case-facts.ts';
import { createContext } from '../conversation/create-context.ts';
import { createReducer } from '../conversation/reducer.ts';
import { initialState } from '../conversation/state.ts';
import { memoryIo } from './memory-io.ts';
import { EXIT_USAGE, run } from './run.ts';

const QUESTION = '9 week old baby died yesterday, suspected neglegt, we found out this morning';

async function askJson(args: string[], stdin?: string) {
  const io = memoryIo({ today: '2026-11-23', ...(stdin === undefined ? {} : { stdin }) });
  const code = await run(['ask', ...args, '--json'], io);
  return { code, io, json: code === 0 ? JSON.parse(io.out) : undefined };
}

describe('safeguarding ask --json', () => {
  it('prints { facts, understood, questions, answer }: the facts the chat would read, and the engine’s answer for them', async () => {
    const { code, json } = await askJson([QUESTION]);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['facts', 'understood', 'questions', 'answer']);

    const chat = createReducer(createContext())(initialState('2026-11-23'), {
      type: 'submit',
      text: QUESTION,
    });
    const facts = toCaseFacts(chat.facts, engine.catalogue.data).facts;
    expect(json.facts).toEqual(facts);
    expect(json.answer).toEqual(engine.nextActions(facts, { asOf: '2026-11-23' }));
  });

  it('lists each span of the text with the fact it set', async () => {
    const { json } = await askJson([QUESTION]);
    expect(json.understood).toContainEqual({
      text: '9 week old',
      start: 0,
      end: 10,
      fact: 'child.ageYears',
      value: 0,
    });
    expect(json.understood).toContainEqual({
      text: 'died yesterday',
      start: 16,
      end: 30,
      fact: 'events.childDied',
      value: '2026-11-22',
    });
    for (const span of json.understood) expect(QUESTION.slice(span.start, span.end)).toBe(span.text);
  });

  it('lists the questions still open, with their choices, instead of asking them', async () => {
    const { json } = await askJson([QUESTION]);
    expect(json.questions[0]).toEqual({
      fact: 'incident.location',
      ask: 'Where did the incident happen?',
      options: ['in-area', 'outside-england', 'elsewhere-in-england'],
    });
    const answer = json.answer as NextActions;
    for (const question of answer.questions)
      expect(json.questions.map((q: { fact: string }) => q.fact)).toContain(question.fact);
  });

  it('answers a general question as { kind: "info", text, citations }', async () => {
    const { json } = await askJson(['what is a LADO?']);
    expect(json.answer).toMatchObject({ kind: 'info', text: expect.stringMatching(/^LADO: /) });
    expect(json.answer.citations.length).toBeGreaterThan(0);
    expect(json.facts).toEqual({ events: {} });
  });

  it('reads the question from standard input when none is given', async () => {
    const { json } = await askJson([], `${QUESTION}\n`);
    expect(json.understood.length).toBe(5);
  });

  it('answers as of --as-of, under --edition', async () => {
    const { json } = await askJson([
      'allegation against a teacher received on Friday',
      '--as-of',
      '2016-06-20',
      '--edition',
      'wt2015',
    ]);
    expect(json.facts.events).toEqual({ allegationReceived: '2016-06-17' });
    expect(json.answer.edition).toBe('wt2015');
    expect(json.answer.actions.map((action: { duty: string }) => action.duty)).toEqual(['lado-inform']);
  });
});

describe('safeguarding ask, as text', () => {
  it('shows what it understood, then the dated answer, then the questions still open', async () => {
    const io = memoryIo({ today: '2026-11-23' });
    expect(await run(['ask', QUESTION], io)).toBe(0);
    const out = io.out;
    expect(out.indexOf('I understood:')).toBeLessThan(
      out.indexOf('Working Together 2023 · as of Monday 23 November 2026'),
    );
    expect(out).toMatch(/\n {2}Mon 30 Nov +Notify the Child Safeguarding Practice Review Panel\n/);
    expect(out).toContain('To be sure, tell me:');
    expect(out).toContain('other duties do not apply to these facts; --json shows why.');
  });

  it('fits the terminal it is given', async () => {
    const io = memoryIo({ today: '2026-11-23' });
    await run(['ask', QUESTION], { ...io, columns: 80 } as typeof io);
    for (const line of io.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('safeguarding ask: mistakes exit 2 with one plain line', () => {
  it.each([
    [['ask'], /ask needs a question/],
    [['ask', 'x', '--as-of', '2026-02-30'], /--as-of must be a real date/],
    [['ask', 'x', '--as-of', '2010-01-01'], /--as-of is before 2013-04-15/],
    [['ask', 'x', '--edition', 'wt1999'], /--edition must be one of/],
    [
      ['ask', 'LA aware 20/11/2026, panel notified 10/11/2026'],
      /these facts do not fit together: Panel notified/,
    ],
  ])('%j', async (args, message) => {
    const io = memoryIo({ today: '2026-11-23' });
    expect(await run(args, io)).toBe(EXIT_USAGE);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.out).toBe('');
  });
});
