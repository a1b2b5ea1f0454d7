import * as z from 'zod';

/**
 * True when the tenth digit is the modulus 11 check digit of the first nine (weights 10 down to 2;
 * a remainder giving 10 means the number was never issued).
 * @see NHS Data Dictionary, "NHS NUMBER" (check digit algorithm)
 */
export function hasValidNhsCheckDigit(nhsNumber: string): boolean {
  if (!/^\d{10}$/.test(nhsNumber)) return false;
  const digits = [...nhsNumber].map(Number);
  const weighted = digits.slice(0, 9).reduce((sum, digit, index) => sum + digit * (10 - index), 0);
  const check = 11 - (weighted % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits[9];
}

/**
 * A ten-digit NHS number. Personal data. Its check digit is a coded rule of the record that holds
 * it (CD-015), so JSON Schema users see the rule in `x-rules` rather than not at all.
 */
export const NhsNumber = z
  .string()
  .regex(/^\d{10}$/, { error: 'must be ten digits with no spaces, for example 9990000018' })
  .meta({
    description: 'NHS number: ten digits, the last a modulus 11 check digit.',
    'x-personal-data': true,
  });

export type NhsNumber = z.infer<typeof NhsNumber>;
