import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './memory-io.ts';
import { run } from './run.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const newerList = path.join(repoRoot, 'packages/rules/src/calendar/fixtures/newer-list-with-2028.json');

async function json(args: string[]): Promise<unknown> {
  const io = memoryIo();
  expect(await run(args, io)).toBe(0);
  expect(io.err).toBe('');
  return JSON.parse(io.out);
}

describe('days add', () => {
  it.each([
    {
      from: '2026-12-24',
      n: '1',
      date: '2026-12-29',
      why: 'Christmas, then Boxing Day moved to Monday 28th',
    },
    { from: '2026-12-23', n: '15', date: '2027-01-18', why: 'over Christmas and New Year' },
    {
      from: '2025-02-20',
      n: '-7',
      date: '2025-02-11',
      why: 'a negative number counts back, and is not an option',
    },
    { from: '2026-11-23', n: '5', date: '2026-11-30', why: 'a plain week' },
    { from: '2026-11-28', n: '1', date: '2026-11-30', why: 'from a Saturday, Monday is day 1' },
    { from: '2026-11-23', n: '0', date: '2026-11-23', why: 'zero is the day itself' },
    { from: '2026-11-23', n: '+5', date: '2026-11-30', why: 'a plus sign is allowed' },
  ])('$from + $n working days is $date ($why)', async ({ from, n, date }) => {
    expect(await json(['days', 'add', from, n, '--json'])).toEqual({ from, workingDays: Number(n), date });
  });

  it('reads a negative number after -- too', async () => {
    expect(await json(['days', 'add', '--json', '--', '2025-02-20', '-7'])).toMatchObject({
      date: '2025-02-11',
    });
  });

  it('says the answer in words, date first', async () => {
    const io = memoryIo();
    expect(await run(['days', 'add', '2025-02-20', '-7'], io)).toBe(0);
    expect(io.out).toBe(
      '2025-02-11  Tuesday 11 February 2025 is 7 working days before Thursday 20 February 2025\n',
    );
  });
});

describe('days between', () => {
  it.each([
    { from: '2026-11-23', to: '2026-11-30', workingDays: 5 },
    { from: '2026-12-24', to: '2026-12-29', workingDays: 1 },
    { from: '2026-11-30', to: '2026-11-23', workingDays: -5 },
    { from: '2026-11-23', to: '2026-11-23', workingDays: 0 },
  ])('$from to $to is $workingDays', async ({ from, to, workingDays }) => {
    expect(await json(['days', 'between', from, to, '--json'])).toEqual({ from, to, workingDays });
  });

  it('says the answer in words', async () => {
    const io = memoryIo();
    expect(await run(['days', 'between', '2026-11-23', '2026-11-30'], io)).toBe(0);
    expect(io.out).toBe('Monday 30 November 2026 is 5 working days after Monday 23 November 2026\n');
  });
});

describe('days holidays', () => {
  it('lists Christmas, the substitute Boxing Day and New Year for winter 2026', async () => {
    expect(await json(['days', 'holidays', '--from', '2026-12-01', '--to', '2027-01-31', '--json'])).toEqual([
      { date: '2026-12-25', title: 'Christmas Day', provisional: false },
      { date: '2026-12-28', title: 'Boxing Day (Substitute day)', provisional: false },
      { date: '2027-01-01', title: "New Year's Day", provisional: false },
    ]);
  });

  it('prints one holiday a line, date first', async () => {
    const io = memoryIo();
    expect(await run(['days', 'holidays', '--from', '2026-12-01', '--to', '2027-01-31'], io)).toBe(0);
    expect(io.out.split('\n')).toEqual([
      '2026-12-25  Fri  Christmas Day',
      '2026-12-28  Mon  Boxing Day (Substitute day)',
      "2027-01-01  Fri  New Year's Day",
      '',
    ]);
  });

  it('marks holidays computed by rule as provisional', async () => {
    const io = memoryIo();
    expect(await run(['days', 'holidays', '--from=2040-12-25', '--to=2040-12-25'], io)).toBe(0);
    expect(io.out).toBe(
      '2040-12-25  Tue  Christmas Day  (provisional: computed by rule, not yet in the official list)\n',
    );
  });

  it('says so when there are none', async () => {
    const io = memoryIo();
    expect(await run(['days', 'holidays', '--from', '2026-09-01', '--to', '2026-09-30'], io)).toBe(0);
    expect(io.out).toBe(
      'No bank holidays in England and Wales from Tuesday 1 September 2026 to Wednesday 30 September 2026.\n',
    );
  });
});

describe('days --calendar', () => {
  it('uses a newer official list, so its years are no longer provisional', async () => {
    const args = ['days', 'holidays', '--from', '2028-12-25', '--to', '2028-12-25', '--json'];
    expect(await json(args)).toEqual([expect.objectContaining({ provisional: true })]);
    expect(await json([...args, '--calendar', newerList])).toEqual([
      expect.objectContaining({ date: '2028-12-25', provisional: false }),
    ]);
  });
});
