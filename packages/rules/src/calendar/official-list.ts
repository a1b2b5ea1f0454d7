import { z } from 'zod';
import { isValidDate } from './civil-date.ts';
import type { BankHolidayEvent } from './rule-based-holidays.ts';
import { SUPPORTED_FIRST_YEAR, SUPPORTED_LAST_YEAR } from './supported-range.ts';

/** The official list, checked: events sorted by date, and the years it is authoritative for. */
export interface OfficialList {
  events: BankHolidayEvent[];
  firstYear: number;
  lastYear: number;
}

/** A bank-holiday file that does not have the shape of the official GOV.UK list. */
export class InvalidBankHolidayListError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`${source} is not a valid bank-holiday list: ${problems.join('; ')}`);
    this.name = 'InvalidBankHolidayListError';
    this.problems = problems;
  }
}

const DIVISION = 'england-and-wales';
const MAX_PROBLEMS_REPORTED = 5;

function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

/** Message for a value of the wrong type: "is missing" when absent, else what was expected. */
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? 'is missing' : `must be ${what} (got ${describeType(issue.input)})`;
}

const eventSchema = z.object(
  {
    title: z.string({ error: expected('text') }).min(1, { error: 'must not be empty' }),
    date: z.string({ error: expected('a date written YYYY-MM-DD') }).refine(isValidDate, {
      error: (issue) => `must be YYYY-MM-DD, a real date (got ${JSON.stringify(issue.input)})`,
    }),
    notes: z.string({ error: expected('text') }).optional(),
  },
  { error: expected('an object with title, date and notes') },
);

// The GOV.UK file has more fields (e.g. "about" in our copy); unknown keys are ignored.
const officialListSchema = z.object(
  {
    division: z.string({ error: expected(`"${DIVISION}"`) }).refine((division) => division === DIVISION, {
      error: (issue) =>
        `must be "${DIVISION}" (got ${JSON.stringify(issue.input)}): other parts of the UK have other bank holidays`,
    }),
    events: z.array(eventSchema, { error: expected('a list of bank holidays') }),
  },
  { error: expected('an object with "division" and "events"') },
);

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'the top level' : text;
}

/**
 * The full GOV.UK file holds all three divisions keyed by name; accept it as well as the
 * England & Wales division on its own, so a fresh download works without editing.
 */
function englandAndWalesDivision(input: unknown): unknown {
  if (typeof input === 'object' && input !== null && !('events' in input) && DIVISION in input) {
    return (input as Record<string, unknown>)[DIVISION];
  }
  return input;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Problems zod cannot see: duplicates, years the calendar cannot hold, years with no holidays. */
function coverageProblems(events: readonly BankHolidayEvent[]): string[] {
  const problems: string[] = [];
  if (events.length === 0) return ['events is empty: the list must hold at least one bank holiday'];
  const firstIndexOfDate = new Map<string, number>();
  const years = new Set<number>();
  events.forEach((event, index) => {
    const earlier = firstIndexOfDate.get(event.date);
    if (earlier !== undefined)
      problems.push(`events[${index}].date ${event.date} repeats events[${earlier}]`);
    firstIndexOfDate.set(event.date, index);
    const year = yearOf(event.date);
    if (year < SUPPORTED_FIRST_YEAR || year > SUPPORTED_LAST_YEAR) {
      problems.push(
        `events[${index}].date ${event.date} is outside the years the calendar supports (${SUPPORTED_FIRST_YEAR} to ${SUPPORTED_LAST_YEAR})`,
      );
    }
    years.add(year);
  });
  if (problems.length > 0) return problems;
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  // The list is authoritative for every year from its first to its last: a year with no
  // holidays at all would silently make every weekday a working day.
  for (let year = firstYear; year <= lastYear; year++) {
    if (!years.has(year))
      problems.push(`no bank holidays listed for ${year}, inside the years the list covers`);
  }
  return problems;
}

/** Checks a parsed official bank-holiday JSON; throws InvalidBankHolidayListError naming each problem. */
export function parseOfficialList(input: unknown, source = 'The data given'): OfficialList {
  const parsed = officialListSchema.safeParse(englandAndWalesDivision(input));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)} ${issue.message}`);
    throw new InvalidBankHolidayListError(source, problems.slice(0, MAX_PROBLEMS_REPORTED));
  }
  const events = parsed.data.events.map((event) => ({
    date: event.date,
    title: event.title,
    notes: event.notes ?? '',
  }));
  const problems = coverageProblems(events);
  if (problems.length > 0) {
    throw new InvalidBankHolidayListError(source, problems.slice(0, MAX_PROBLEMS_REPORTED));
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = events[0];
  const last = events[events.length - 1];
  if (first === undefined || last === undefined) throw new Error('unreachable: events checked non-empty');
  return { events, firstYear: yearOf(first.date), lastYear: yearOf(last.date) };
}
