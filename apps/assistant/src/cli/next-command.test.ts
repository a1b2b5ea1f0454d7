import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextActions } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const scenario = path.resolve(repoRoot, 'conformance/shared/serious-harm-suspected-abuse.yaml');
const newerList = path.join(repoRoot, 'packages/rules/src/calendar/fixtures/newer-list-with-2028.json');
const fromDisk = (name: string) => Promise.resolve(readFileSync(name, 'utf8'));

const FACTS_YAML = `
incident:
  harm: serious-harm
  abuseOrNeglect: suspected
  location: in-area
events:
  laBecameAware: '2026-11-23'
`;

async function answer(args: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo({ readFile: fromDisk, ...options });
  const code = await run(args, io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return io.out;
}

function panelDueDate(out: string): string | null | undefined {
  return (JSON.parse(out) as NextActions).actions.find((action) => action.duty === 'si-notify-panel')
    ?.dueDate;
}

describe('next: where the facts and the date come from', () => {
  it.each<{ how: string; args: string[]; files: Record<string, string>; stdin: string }>([
    { how: 'a YAML file', args: ['--facts', 'case.yaml'], files: { 'case.yaml': FACTS_YAML }, stdin: '' },
    {
      how: 'JSON on standard input',
      args: ['--facts', '-'],
      files: {},
      stdin: JSON.stringify({
        incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
        events: { laBecameAware: '2026-11-23' },
      }),
    },
    { how: 'YAML on standard input', args: ['--facts', '-'], files: {}, stdin: FACTS_YAML },
  ])('reads $how', async ({ args, files, stdin }) => {
    const out = await answer(['next', ...args, '--as-of', '2026-11-23', '--json'], { files, stdin });
    expect(panelDueDate(out)).toBe('2026-11-30');
  });

  it('answers for today in London when no date is given', async () => {
    const out = await answer(['next', '--facts', 'case.yaml', '--json'], {
      files: { 'case.yaml': FACTS_YAML },
      today: '2026-12-01',
    });
    const result = JSON.parse(out) as NextActions;
    expect(result.asOf).toBe('2026-12-01');
    expect(result.actions.find((action) => action.duty === 'si-notify-panel')?.status).toBe('overdue');
  });

  it.each([
    { args: [], asOf: '2026-11-23', why: "the scenario's as_of when no --as-of is given" },
    { args: ['--as-of', '2026-12-02'], asOf: '2026-12-02', why: '--as-of over the scenario' },
  ])('uses $why', async ({ args, asOf }) => {
    const out = await answer(['next', '--facts', scenario, '--json', ...args], { today: '2030-01-01' });
    expect((JSON.parse(out) as NextActions).asOf).toBe(asOf);
  });

  it('applies the edition asked for', async () => {
    const out = await answer(['next', '--facts', scenario, '--edition', 'wt2015', '--json']);
    const result = JSON.parse(out) as NextActions;
    expect(result.edition).toBe('wt2015');
    expect(result.actions.map((action) => action.duty)).not.toContain('si-notify-panel');
  });

  it('prints exactly the engine result as JSON', async () => {
    const out = await answer(['next', '--facts', scenario, '--json']);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(Object.keys(JSON.parse(out))).toEqual([
      'edition',
      'asOf',
      'actions',
      'notApplicable',
      'questions',
    ]);
  });
});

describe('next --calendar', () => {
  // The fixture adds a made-up bank holiday on Monday 5 June 2028, which pushes the deadline a day.
  const facts = `
incident: { harm: serious-harm, abuseOrNeglect: suspected, location: in-area }
events: { laBecameAware: '2028-06-01' }
`;
  it.each([
    { args: [], dueDate: '2028-06-08' },
    { args: ['--calendar', newerList], dueDate: '2028-06-09' },
  ])('counts working days with the list given ($dueDate)', async ({ args, dueDate }) => {
    const out = await answer(['next', '--facts', '-', '--as-of', '2028-06-01', '--json', ...args], {
      stdin: facts,
    });
    expect(panelDueDate(out)).toBe(dueDate);
  });
});

describe('next: the text answer', () => {
  it('puts the due date first on the line, then the status and what to do', async () => {
    const out = await answer(['next', '--facts', scenario]);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Working Together 2023 · as of Monday 23 November 2026');
    const panel = lines.find((line) => line.includes('Notify the Child Safeguarding Practice Review Panel'));
    expect(panel).toMatch(
      /^Mon 30 Nov\s+due\s+Notify the Child Safeguarding Practice Review Panel\s+local authority$/,
    );
    expect(out).toContain('5 working days left');
    expect(out).toContain('[ca2004 section 16C(1); wt2023 chapter 5;');
    expect(out).toMatch(/^Mon 21 Dec\s+pending\s+Carry out a rapid review/m);
  });

  it('has no colour codes when colour is off', async () => {
    expect(await answer(['next', '--facts', scenario])).not.toContain('\u001b[');
  });
});

describe('next: text that fits the terminal', () => {
  it.each([80, 120])('keeps every line within %i columns when the terminal is that wide', async (columns) => {
    const io = memoryIo({ files: { 'case.yaml': FACTS_YAML } });
    expect(await run(['next', '--facts', 'case.yaml', '--as-of', '2026-11-23'], { ...io, columns })).toBe(0);
    const lines = io.out.split('\n');
    expect(lines.some((line) => line.length > 80)).toBe(columns > 100);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
  });
});
