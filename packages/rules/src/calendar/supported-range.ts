import { dayNumberFromParts } from './civil-date.ts';

/**
 * Years the working-day calendar covers. Working-day counts are precomputed for every day in
 * this range, so it is generous (deadlines from historic cases to far-future reviews) while
 * staying cheap to build (about 110,000 days).
 */
export const SUPPORTED_FIRST_YEAR = 1900;
export const SUPPORTED_LAST_YEAR = 2199;

export const SUPPORTED_FIRST_DAY = dayNumberFromParts(SUPPORTED_FIRST_YEAR, 1, 1);
export const SUPPORTED_LAST_DAY = dayNumberFromParts(SUPPORTED_LAST_YEAR, 12, 31);
