import type { NextActions } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import type { ConversationAction } from './actions.ts';
import { NOT_CONFIGURED } from './commands/case-command.ts';
import { createContext } from './create-context.ts';
import { createReducer } from './reducer.ts';
import { type ConversationState, initialState, type TranscriptEntry } from './state.ts';

const offline = createContext();
const online = createContext({ apiConfigured: true });

/** Plays the actions (text is a submit; a number picks that option) from a new conversation. */
function converse(
  steps: readonly (string | number | ConversationAction)[],
  options: { asOf?: string; context?: ReturnType<typeof createContext>; from?: ConversationState } = {},
): ConversationState {
  const reduce = createReducer(options.context ?? offline);
  let state = options.from ?? initialState(options.asOf ?? '2026-11-23');
  for (const step of steps) {
    const action: ConversationAction =
      typeof step === 'string'
        ? { type: 'submit', text: step }
        : typeof step === 'number'
          ? { type: 'choose', index: step }
          : step;
    state = reduce(state, action);
  }
  return state;
}

function last<K extends TranscriptEntry['kind']>(
  state: ConversationState,
  kind: K,
): Extract<TranscriptEntry, { kind: K }> {
  const entry = [...state.transcript].reverse().find((item) => item.kind === kind);
  if (!entry) throw new Error(`no ${kind} entry`);
  return entry as Extract<TranscriptEntry, { kind: K }>;
}

function dues(result: NextActions): Record<string, string | null> {
  return Object.fromEntries(result.actions.map((action) => [action.duty, action.dueDate]));
}

const INFANT_DEATH = '9 week old baby died yesterday, suspected neglegt, we found out this morning';

describe('the conversation, as a pure reducer', () => {
  it('reads a case, asks what it still needs one question at a time, then answers', () => {
    let state = converse([INFANT_DEATH]);
    expect(last(state, 'understood').spans.map((span) => span.path)).toEqual([
      'child.ageYears',
      'incident.harm',
      'events.childDied',
      'incident.abuseOrNeglect',
      'events.laBecameAware',
    ]);
    expect(state.asking?.path).toBe('incident.location');
    expect(state.asking?.options.map((option) => option.value)).toEqual([
      'in-area',
      'outside-england',
      'elsewhere-in-england',
      null,
    ]);
    expect(state.transcript.some((entry) => entry.kind === 'answer')).toBe(false);

    state = converse(['in our area', 'no', 0, 'skip'], { from: state });
    expect(state.asking).toBeUndefined();
    const answer = last(state, 'answer').result;
    // Aware on Monday 23 November: 5 working days is Monday 30 November.
    expect(dues(answer)).toMatchObject({
      'si-notify-panel': '2026-11-30',
      'si-notify-partners': '2026-11-30',
    });
    expect(state.facts).toMatchObject({
      'incident.location': 'in-area',
      'child.lookedAfter': false,
      'child.normallyResidentInArea': true,
    });
    expect(state.skipped).toEqual(['death.jarCriteriaMet']);
    expect(state.result).toBe(answer);
  });

  it('records each answer in the transcript, in the words of the option', () => {
    const state = converse([INFANT_DEATH, 0]);
    expect(last(state, 'answered')).toEqual({
      kind: 'answered',
      ask: 'Where did the incident happen?',
      answer: "It happened in the local authority's area",
    });
  });

  it('"skip all" stops asking and answers with what is known, saying what it depends on', () => {
    const state = converse([INFANT_DEATH, 'skip all']);
    expect(state.asking).toBeUndefined();
    const panel = last(state, 'answer').result.actions.find((action) => action.duty === 'si-notify-panel');
    expect(panel?.dependsOn).toContain('incident.location');
    expect(state.skipped).toContain('incident.location');
  });

  it('asks the same question again when the reply answers nothing', () => {
    const state = converse([INFANT_DEATH, 'purple']);
    expect(state.asking?.path).toBe('incident.location');
    expect(last(state, 'notice').text).toMatch(/pick one of the options/);
  });

  it('takes new facts typed instead of an answer, and carries on asking', () => {
    const state = converse([INFANT_DEATH, 'actually he was 16 and in care']);
    expect(state.facts).toMatchObject({ 'child.ageYears': 16, 'child.lookedAfter': true });
    expect(state.asking?.path).toBe('incident.location');
  });

  it('asks for an event date with dates to pick, and reads a typed one', () => {
    let state = converse(['allegation against a teacher']);
    expect(state.asking).toMatchObject({ path: 'events.allegationReceived', kind: 'date' });
    expect(state.asking?.options[0]).toEqual({ label: 'Today, Mon 23 Nov 2026', value: '2026-11-23' });
    state = converse(['on Friday'], { from: state });
    // Friday 20 November: the LADO is told within 1 working day, by Monday 23 November.
    expect(dues(last(state, 'answer').result)).toEqual({ 'lado-inform': '2026-11-23' });
  });

  it('keeps one case across messages until /new', () => {
    let state = converse(['referral received yesterday from school']);
    expect(dues(last(state, 'answer').result)).toMatchObject({ 'cp-referral-decision': '2026-11-23' });
    state = converse(['single assessment done today'], { from: state });
    expect(state.facts).toMatchObject({
      'events.referralReceived': '2026-11-22',
      'events.assessmentCompleted': '2026-11-23',
    });
    expect(
      last(state, 'answer').result.actions.find((action) => action.duty === 'cp-assessment')?.status,
    ).toBe('done');
    state = converse(['/new'], { from: state });
    expect(state.facts).toEqual({});
    expect(state.result).toBeUndefined();
  });

  it('corrects a fact said in words: "actually she is 17"', () => {
    const state = converse([
      '15yo care leaver died yesterday, not suspected, LA aware today',
      'skip all',
      'actually she is 17',
    ]);
    expect(state.facts['child.ageYears']).toBe(17);
  });

  it('answers general and working-day questions without touching the case', () => {
    const state = converse([
      'what is a LADO?',
      'is 28 December a working day?',
      'what is the capital of France?',
    ]);
    const infos = state.transcript.filter((entry) => entry.kind === 'info');
    expect(infos.map((entry) => entry.answer.text.split(':')[0])).toEqual([
      'LADO',
      'Monday 28 December 2026 is not a working day',
      "I don't know",
    ]);
    expect(infos[0]?.answer.citations.length).toBeGreaterThan(0);
    expect(state.facts).toEqual({});
  });

  it('"what must we do next?" answers for the case, or asks for one', () => {
    expect(last(converse(['what must we do next?']), 'notice').text).toMatch(/^Tell me about the case first/);
    const state = converse(['allegation against a teacher received today', 'what must we do next?']);
    expect(state.transcript.filter((entry) => entry.kind === 'answer')).toHaveLength(2);
  });

  it('says plainly when the facts contradict each other', () => {
    const state = converse(['LA aware 20/11/2026, panel notified 10/11/2026']);
    expect(last(state, 'notice')).toMatchObject({ tone: 'error' });
    expect(last(state, 'notice').text).toMatch(
      /Panel notified.*cannot be before "Local authority became aware"/,
    );
  });

  it('keeps what was typed for the input line, in memory only', () => {
    const state = converse(['what is a LADO?', '/help', '/help']);
    expect(state.history).toEqual(['what is a LADO?', '/help']);
  });

  it('never changes the state it was given', () => {
    const frozen = deepFreeze(converse([INFANT_DEATH]));
    expect(() =>
      converse(['in our area', '/facts', '/timeline', '/export notes.md'], { from: frozen }),
    ).not.toThrow();
  });
});

describe('slash commands', () => {
  const answered = converse([
    '13yo CLA seriously assaulted on 2 Nov, abuse known, in our area, LA aware 3 Nov',
    'skip all',
  ]);

  it('/help lists the commands', () => {
    expect(last(converse(['/help']), 'help')).toEqual({ kind: 'help' });
  });

  it('/edition answers again under another edition, and back with auto', () => {
    let state = converse(['/edition 2018'], { from: answered });
    expect(state.edition).toBe('wt2018');
    const under2018 = last(state, 'answer').result;
    expect(under2018.actions.every((action) => action.edition === 'wt2018')).toBe(true);
    state = converse(['/edition auto'], { from: state });
    expect(state.edition).toBeUndefined();
    expect(last(converse(['/edition 1999'], { from: answered }), 'notice')).toMatchObject({
      tone: 'warning',
    });
  });

  it('/asof moves the day answers are for, and re-answers', () => {
    const state = converse(['/asof 10/11/2026'], { from: answered });
    expect(state.asOf).toBe('2026-11-10');
    expect(last(state, 'answer').result.asOf).toBe('2026-11-10');
    expect(last(converse(['/asof 1 January 2010']), 'notice').text).toMatch(/before Working Together 2013/);
  });

  it('/facts shows the case; /facts <fact> <value> corrects it; unknown forgets it', () => {
    expect(last(converse(['/facts'], { from: answered }), 'facts').facts).toBe(answered.facts);
    let state = converse(['/facts child.ageYears 17'], { from: answered });
    expect(state.facts['child.ageYears']).toBe(17);
    state = converse(['/facts panelNotified 4/11/2026'], { from: state });
    expect(state.facts['events.panelNotified']).toBe('2026-11-04');
    expect(
      last(state, 'answer').result.actions.find((action) => action.duty === 'si-notify-panel')?.status,
    ).toBe('done');
    state = converse(['/facts child.ageYears unknown'], { from: state });
    expect(state.facts['child.ageYears']).toBeUndefined();
    expect(last(converse(['/facts child.shoeSize 4']), 'notice').text).toMatch(
      /There is no fact "child.shoeSize"/,
    );
    expect(last(converse(['/facts incident.location moon']), 'notice').text).toMatch(/Give one of: in-area/);
  });

  it('/why explains a duty of the answer, or why one does not apply', () => {
    const panel = last(converse(['/why si-notify-panel'], { from: answered }), 'info').answer;
    expect(panel.text).toMatch(
      /^Notify the Child Safeguarding Practice Review Panel \(si-notify-panel\): 5 working days/,
    );
    expect(panel.citations.map((citation) => citation.source)).toContain('ca2004');
    const ruledOut = last(converse(['/why lado-inform'], { from: answered }), 'info').answer;
    expect(ruledOut.text).toMatch(/does not apply to this case/);
    expect(last(converse(['/why frobnicate'], { from: answered }), 'notice').tone).toBe('warning');
  });

  it('/timeline draws the answer; before an answer it says there is none', () => {
    expect(last(converse(['/timeline'], { from: answered }), 'timeline').result).toBe(answered.result);
    expect(last(converse(['/timeline']), 'notice').text).toMatch(/no answer to draw yet/);
  });

  it('/export asks the shell to write the case notes as Markdown', () => {
    const state = converse(['/export notes.md'], { from: answered });
    expect(state.effect).toMatchObject({ kind: 'write-file', path: 'notes.md' });
    const content = (state.effect as { content: string }).content;
    expect(content).toMatch(/^# Safeguarding case notes/);
    expect(content).toContain('| Tue 10 Nov 2026 | Notify the Child Safeguarding Practice Review Panel |');
    expect(content).toContain('**You:** 13yo CLA seriously assaulted');
    const done = converse(
      [{ type: 'file-written', path: 'notes.md', what: 'the conversation and the answer' }],
      { from: state },
    );
    expect(done.effect).toBeUndefined();
    expect(last(done, 'notice').text).toBe('Saved the conversation and the answer to notes.md.');
  });

  it('/ics asks the shell to write the due dates as a calendar', () => {
    const state = converse(['/ics due.ics'], { from: answered });
    expect(state.effect).toMatchObject({ kind: 'write-file', path: 'due.ics' });
    expect((state.effect as { content: string }).content).toMatch(/^BEGIN:VCALENDAR/);
    expect(last(converse(['/ics due.ics']), 'notice').text).toMatch(/no due dates yet/);
  });

  it('/case and /due say plainly that the API is not set up, and reach nothing', () => {
    for (const command of ['/case 3f2c5b9e-0000-4000-8000-000000000000', '/due']) {
      const state = converse([command]);
      expect(state.effect).toBeUndefined();
      expect(last(state, 'notice').text).toBe(NOT_CONFIGURED);
    }
  });

  it('/case and /due ask the shell for the API when it is set up, and show what comes back', () => {
    const id = '3f2c5b9e-0000-4000-8000-000000000000';
    let state = converse([`/case ${id}`], { context: online });
    expect(state.effect).toEqual({ kind: 'load-case', id, asOf: '2026-11-23' });
    const result = answered.result!;
    state = converse(
      [
        {
          type: 'case-loaded',
          loaded: {
            recordType: 'serious-incident',
            id,
            facts: {
              incident: { harm: 'death', abuseOrNeglect: 'unknown' },
              events: { childDied: '2026-11-20' },
            },
            result,
          },
        },
      ],
      { context: online, from: state },
    );
    expect(state.facts).toEqual({ 'incident.harm': 'death', 'events.childDied': '2026-11-20' });
    expect(last(state, 'answer').result).toBe(result);
    state = converse(['/due 31/12/2026'], { context: online, from: state });
    expect(state.effect).toEqual({ kind: 'list-due', before: '2026-12-31' });
    const items = [{ recordType: 'serious-incident', recordId: id, action: result.actions[0]! }];
    state = converse([{ type: 'due-listed', asOf: '2026-11-23', items }], { context: online, from: state });
    expect(last(state, 'due').items).toEqual(items);
    state = converse(
      ['/due', { type: 'effect-failed', message: 'Could not list what is due from the API: timeout.' }],
      { context: online, from: state },
    );
    expect(last(state, 'notice')).toEqual({
      kind: 'notice',
      tone: 'error',
      text: 'Could not list what is due from the API: timeout.',
    });
  });

  it('/quit ends the conversation; an unknown command is named', () => {
    expect(converse(['/quit']).quit).toBe(true);
    expect(converse(['/exit']).quit).toBe(true);
    expect(last(converse(['/frobnicate']), 'notice').text).toBe(
      'There is no command /frobnicate. /help lists them.',
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
