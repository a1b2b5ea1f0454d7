import type { Edition } from '@safeguarding/schemas';
import type { Context } from 'hono';
import { type Clock, londonToday } from '../http/clock.ts';
import { jsonResponse } from '../http/define-route.ts';
import { problem } from '../http/problem.ts';
import { datesOutsideCalendar, OUTSIDE_CALENDAR } from './calendar-years.ts';
import { type Engine, factsErrorIssues } from './engine.ts';

/**
 * Answers with the engine's next actions for these facts, as of `asOf` or today in London; facts
 * the engine cannot answer from become a 422 problem naming every field, explained by `detail`.
 * A date the working-day calendar cannot count from (year 0000) is one of those too, never a 500.
 */
export function answerNextActions(
  c: Context,
  engine: Engine,
  clock: Clock,
  facts: unknown,
  query: { asOf?: string | undefined; edition?: Edition | undefined },
  invalid: { kind: string; detail: string },
): Response {
  try {
    const answer = engine.nextActions(facts, {
      asOf: query.asOf ?? londonToday(clock),
      ...(query.edition ? { edition: query.edition } : {}),
    });
    return jsonResponse(c, answer);
  } catch (error) {
    const issues = factsErrorIssues(error) ?? outsideCalendarIssues(error, facts);
    if (!issues) throw error;
    return problem(c, {
      status: 422,
      kind: invalid.kind,
      title: 'Invalid input',
      detail: invalid.detail,
      errors: issues,
    });
  }
}

/** The dates that made the calendar throw, when it did; named by path where they can be found. */
function outsideCalendarIssues(error: unknown, facts: unknown) {
  if (!(error instanceof RangeError)) return undefined;
  const found = datesOutsideCalendar(facts);
  return found.length > 0
    ? found
    : [{ path: '', pointer: '', message: `holds a date that ${OUTSIDE_CALENDAR}` }];
}
