import { z } from '@hono/zod-openapi';
import { SUPPORTED_FIRST_YEAR, SUPPORTED_LAST_YEAR } from '@safeguarding/rules';
import { explainIssues, type FieldError } from '@safeguarding/schemas';

/** The engine's own words for a date the working-day calendar cannot count from. */
export const OUTSIDE_CALENDAR = `is outside the years the working-day calendar covers (${SUPPORTED_FIRST_YEAR} to ${SUPPORTED_LAST_YEAR})`;

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;

/** Is this YYYY-MM-DD text in a year the calendar covers? (Other text is not a date and passes.) */
export function inCalendarYears(text: string): boolean {
  const year = ISO_DATE.exec(text)?.[1];
  return year === undefined || (Number(year) >= SUPPORTED_FIRST_YEAR && Number(year) <= SUPPORTED_LAST_YEAR);
}

/**
 * Every date in a body that lies outside the calendar's years (9999-12-31, year 0000), named by its
 * path: a deadline cannot be counted from them, so they are the caller's to correct, never a 500.
 * Walked without recursion, as the body is not yet checked against its schema.
 */
export function datesOutsideCalendar(value: unknown): FieldError[] {
  const issues: z.core.$ZodIssue[] = [];
  const pending: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (pending.length > 0 && issues.length < 20) {
    const { node, path } = pending.pop() as { node: unknown; path: (string | number)[] };
    if (typeof node === 'string') {
      if (!inCalendarYears(node))
        issues.push({ code: 'custom', path, message: OUTSIDE_CALENDAR, input: node });
    } else if (node !== null && typeof node === 'object' && path.length < 8) {
      // Case facts are a few levels deep; anything deeper is the engine's to refuse.
      for (const [key, item] of Object.entries(node))
        pending.push({ node: item, path: [...path, Array.isArray(node) ? Number(key) : key] });
    }
  }
  return issues.length === 0 ? [] : explainIssues(new z.ZodError(issues.reverse()));
}
