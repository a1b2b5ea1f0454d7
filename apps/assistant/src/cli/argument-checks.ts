import { EDITIONS, isValidDate } from '@safeguarding/rules';
import type { Edition } from '@safeguarding/schemas';
import { UsageError } from './usage-error.ts';

const EDITION_IDS: readonly string[] = EDITIONS.map((edition) => edition.id);

/** Long inputs are cut in messages: enough to recognise, short enough for one line. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

export function requireDate(label: string, value: string): string {
  if (!isValidDate(value)) {
    throw new UsageError(`${label} must be a real date written YYYY-MM-DD (got ${shown(value)})`);
  }
  return value;
}

export function requireEdition(value: string): Edition {
  if (!EDITION_IDS.includes(value)) {
    throw new UsageError(`--edition must be one of ${EDITION_IDS.join(', ')} (got ${shown(value)})`);
  }
  return value as Edition;
}

export function requireWholeNumber(label: string, value: string): number {
  const number = Number(value);
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw new UsageError(`${label} must be a whole number, such as 5 or -7 (got ${shown(value)})`);
  }
  return number;
}
