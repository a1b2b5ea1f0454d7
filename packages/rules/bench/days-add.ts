/**
 * Benchmark (not a test) of working-day arithmetic.
 *
 *   node --conditions=source packages/rules/bench/days-add.ts
 *
 * Prints calls per second of `addWorkingDays(date, n)` (string dates) and of
 * `addWorkingDaysToDay(day, n)` (day numbers), on a calendar built from the packaged list,
 * over a fixed mix of dates in 2013-2030 and n from -60 to 60, plus how long `createCalendar`
 * takes (cold, and warm on average).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromDayNumber, toDayNumber } from '../src/calendar/civil-date.ts';
import { createCalendar } from '../src/calendar/working-day-calendar.ts';

export interface BenchResult {
  name: string;
  opsPerSecond: number;
}

const SAMPLE_SIZE = 4096; // a power of two, so the loop can wrap with a mask
const RUN_MILLISECONDS = 500;

/** A small seeded generator so every run measures the same mix of inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sampleInputs(): { dates: string[]; days: Int32Array; counts: Int32Array } {
  const random = seededRandom(20261122);
  const firstDay = toDayNumber('2013-01-01');
  const lastDay = toDayNumber('2030-12-31');
  const dates: string[] = [];
  const days = new Int32Array(SAMPLE_SIZE);
  const counts = new Int32Array(SAMPLE_SIZE);
  for (let index = 0; index < SAMPLE_SIZE; index++) {
    const day = firstDay + Math.floor(random() * (lastDay - firstDay + 1));
    days[index] = day;
    dates.push(fromDayNumber(day));
    counts[index] = Math.floor(random() * 121) - 60;
  }
  return { dates, days, counts };
}

/** Runs `batch` (which makes SAMPLE_SIZE calls) repeatedly for a fixed time; returns calls per second. */
function callsPerSecond(batch: () => number): number {
  let sink = 0;
  for (let warmUp = 0; warmUp < 20; warmUp++) sink += batch();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < RUN_MILLISECONDS) {
    sink += batch();
    calls += SAMPLE_SIZE;
    elapsed = performance.now() - start;
  }
  // Using the results keeps the optimiser from dropping the calls.
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
  return Math.round((calls / elapsed) * 1000);
}

function readOfficialList(): unknown {
  const officialPath = fileURLToPath(
    new URL('../data/bank-holidays-england-and-wales.json', import.meta.url),
  );
  return JSON.parse(readFileSync(officialPath, 'utf8'));
}

function calendarCreationsPerSecond(official: unknown): number {
  let created = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < RUN_MILLISECONDS || created < 5) {
    createCalendar(official);
    created++;
    elapsed = performance.now() - start;
  }
  return Math.round((created / elapsed) * 1000);
}

export function benchDaysAdd(): BenchResult[] {
  const official = readOfficialList();
  const calendar = createCalendar(official);
  const { dates, days, counts } = sampleInputs();
  const stringApi = callsPerSecond(() => {
    let total = 0;
    for (let index = 0; index < SAMPLE_SIZE; index++) {
      total += calendar.addWorkingDays(dates[index] as string, counts[index] as number).length;
    }
    return total;
  });
  const dayNumberApi = callsPerSecond(() => {
    let total = 0;
    for (let index = 0; index < SAMPLE_SIZE; index++) {
      total += calendar.addWorkingDaysToDay(days[index] as number, counts[index] as number);
    }
    return total;
  });
  return [
    { name: 'addWorkingDays(date, n) (YYYY-MM-DD strings)', opsPerSecond: stringApi },
    { name: 'addWorkingDaysToDay(day, n) (day numbers)', opsPerSecond: dayNumberApi },
    { name: 'createCalendar(official list) (1900-2199)', opsPerSecond: calendarCreationsPerSecond(official) },
  ];
}

function isMainModule(): boolean {
  const script = process.argv[1];
  return script !== undefined && resolve(script) === fileURLToPath(import.meta.url);
}

if (isMainModule()) {
  // Measured before anything else runs, so this is the cost the first user of the calendar pays.
  const official = readOfficialList();
  const firstStart = performance.now();
  createCalendar(official);
  const firstCreation = performance.now() - firstStart;
  for (const { name, opsPerSecond } of benchDaysAdd()) {
    console.log(
      `${name}: ${opsPerSecond.toLocaleString('en-GB')} calls/s (${(1e6 / opsPerSecond).toFixed(3)} µs each)`,
    );
  }
  console.log(`first createCalendar in this process (cold): ${firstCreation.toFixed(1)} ms`);
}
