import { describedEnum } from './described-enum.ts';

/** Sex as recorded on national child safeguarding and child death forms. */
export const Sex = describedEnum(
  {
    female: 'Female.',
    male: 'Male.',
    indeterminate: 'Indeterminate (unable to be classified as either).',
    'not-known': 'Not known or not recorded.',
  },
  'Sex of the child as recorded.',
);

export type Sex = (typeof Sex.options)[number];
