/**
 * Ages the law draws lines at, each stated once: the record rules use them and the duty catalogue
 * refers to them by name (`lt: adulthood`), so a change is made in one place.
 */

/** A child is a person under 18 (Children Act 2004 s65; Children Act 1989 s105). */
export const ADULTHOOD_AGE = 18;

/** Care leavers' deaths are notified up to their 25th birthday (Working Together 2023 chapter 5). */
export const CARE_LEAVER_AGE_LIMIT = 25;

/** The named ages a duty's condition may use. */
export const LEGAL_AGES = {
  adulthood: ADULTHOOD_AGE,
  'care-leaver-age-limit': CARE_LEAVER_AGE_LIMIT,
} as const;

export type LegalAgeName = keyof typeof LEGAL_AGES;
