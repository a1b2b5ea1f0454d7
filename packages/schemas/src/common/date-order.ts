import type * as z from 'zod';

/** One "this date cannot be before that date" rule, with the field names as practitioners read them. */
export type DateOrderRule = {
  earlier: readonly (string | number)[];
  later: readonly (string | number)[];
  earlierLabel: string;
};

/** Only well-formed dates are compared: a malformed one already has its own error. */
function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Adds an issue on the later field for every rule whose dates are both present and out of order.
 * `at` is where `value` sits in the record, for nested objects. Dates are YYYY-MM-DD (or RFC 3339 date-times in UTC), so comparing strings compares dates.
 */
export function checkDateOrder(
  value: unknown,
  ctx: z.RefinementCtx,
  rules: readonly DateOrderRule[],
  at: readonly (string | number)[] = [],
): void {
  for (const rule of rules) {
    const earlier = valueAt(value, rule.earlier);
    const later = valueAt(value, rule.later);
    if (isDate(earlier) && isDate(later) && later.slice(0, 10) < earlier.slice(0, 10)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, ...rule.later],
        message: `cannot be before ${rule.earlierLabel} (${later.slice(0, 10)} is before ${earlier.slice(0, 10)})`,
      });
    }
  }
}
