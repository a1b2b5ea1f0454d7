import type { Edition } from '@safeguarding/schemas';

export interface EditionInfo {
  id: Edition;
  title: string;
  /** First day the edition applies. */
  inForceFrom: string;
}

/**
 * Editions of Working Together, oldest first, with the day each came into force
 * (duties.md, "Sources"). wt2018's statutory duties began on 29 June 2018: duties that follow the
 * statute carry their own date window in the catalogue.
 */
export const EDITIONS: readonly EditionInfo[] = [
  { id: 'wt2013', title: 'Working Together 2013', inForceFrom: '2013-04-15' },
  { id: 'wt2015', title: 'Working Together 2015', inForceFrom: '2015-03-26' },
  { id: 'wt2018', title: 'Working Together 2018', inForceFrom: '2018-07-04' },
  { id: 'wt2023', title: 'Working Together 2023', inForceFrom: '2023-12-15' },
];

export const EDITION_IDS: readonly Edition[] = EDITIONS.map((edition) => edition.id);

const editionsNewestFirst = [...EDITIONS].reverse();

/** The edition in force on a date, or undefined before Working Together 2013. */
export function editionInForceOn(date: string): EditionInfo | undefined {
  return editionsNewestFirst.find((edition) => edition.inForceFrom <= date);
}

export function editionInfo(id: Edition): EditionInfo {
  return EDITIONS.find((edition) => edition.id === id)!;
}
