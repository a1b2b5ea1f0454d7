import { dayNumberFromParts } from './civil-date.ts';

/**
 * Day number of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus
 * (the Meeus/Jones/Butcher form): the Sunday after the ecclesiastical full moon on or after
 * 21 March. Good Friday and Easter Monday, both England & Wales bank holidays, hang off it.
 */
export function easterSundayDay(year: number): number {
  const goldenNumber = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeapYears = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * goldenNumber + century - skippedLeapYears - solarCorrection + 15) % 30;
  const leapYearsInCentury = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const daysToSunday = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
  const lateFullMoon = Math.floor((goldenNumber + 11 * epact + 22 * daysToSunday) / 451);
  const offset = epact + daysToSunday - 7 * lateFullMoon + 114;
  const month = Math.floor(offset / 31);
  const day = (offset % 31) + 1;
  return dayNumberFromParts(year, month, day);
}
