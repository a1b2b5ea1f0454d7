import { describe, expect, it } from 'vitest';
import { dayNumberFromParts, dayOfWeekOfDay, fromDayNumber, partsFromDayNumber } from './civil-date.ts';
import { easterSundayDay } from './easter.ts';

/** Gauss's Easter algorithm with its two exceptions: an independent check on the computus. */
function gaussEasterSunday(year: number): number {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  if (d === 29 && e === 6) return dayNumberFromParts(year, 4, 19);
  if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) return dayNumberFromParts(year, 4, 18);
  return dayNumberFromParts(year, 3, 22) + d + e;
}

describe('easterSundayDay', () => {
  it.each([
    [2013, '2013-03-31'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1818, '1818-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(fromDayNumber(easterSundayDay(year))).toBe(date);
  });

  it('is a Sunday between 22 March and 25 April, and agrees with Gauss, for every year 1583-4099', () => {
    for (let year = 1583; year <= 4099; year++) {
      const easter = easterSundayDay(year);
      expect(dayOfWeekOfDay(easter)).toBe(0);
      const { month, day } = partsFromDayNumber(easter);
      expect(month * 100 + day).toBeGreaterThanOrEqual(322);
      expect(month * 100 + day).toBeLessThanOrEqual(425);
      expect(easter, `Easter ${year}`).toBe(gaussEasterSunday(year));
    }
  });
});
