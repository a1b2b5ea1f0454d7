import { describedEnum } from './described-enum.ts';

/** The editions of Working Together to Safeguard Children that the toolkit knows. */
export const Edition = describedEnum(
  {
    wt2013: 'Working Together to Safeguard Children 2013, in force from 15 April 2013.',
    wt2015: 'Working Together to Safeguard Children 2015, in force from 26 March 2015.',
    wt2018:
      'Working Together to Safeguard Children 2018, in force from 4 July 2018 (statutory duties from 29 June 2018).',
    wt2023: 'Working Together to Safeguard Children 2023, in force from 15 December 2023.',
  },
  'Edition of the statutory guidance whose rules apply.',
);

export type Edition = (typeof Edition.options)[number];
