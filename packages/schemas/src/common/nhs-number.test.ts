import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChildDeathInput } from '../child-death.ts';
import { hasValidNhsCheckDigit, NhsNumber } from './nhs-number.ts';

const deathWithNhsNumber = (nhsNumber: string) => ({
  area: 'E08000034',
  child: { reference: 'CD-1', ageYears: 3, sex: 'female', nhsNumber },
  dateOfDeath: '2026-11-01',
  placeOfDeath: 'hospital',
  expected: false,
  jointAgencyResponse: { triggered: false },
});

describe('NHS number check digit', () => {
  it.each([
    { nhsNumber: '9990000018', valid: true, why: 'check digit 8 matches' },
    { nhsNumber: '9434765919', valid: true, why: 'check digit 9 matches' },
    { nhsNumber: '9990000026', valid: true, why: 'check digit 6 matches' },
    { nhsNumber: '9990000019', valid: false, why: 'check digit should be 8' },
    { nhsNumber: '9434765918', valid: false, why: 'check digit should be 9' },
    { nhsNumber: '0000000000', valid: true, why: 'remainder 0 gives check digit 0' },
    { nhsNumber: '1000000010', valid: false, why: 'a remainder giving 10 is never issued' },
    { nhsNumber: '999000001', valid: false, why: 'nine digits' },
    { nhsNumber: '999 000 0018', valid: false, why: 'spaces' },
  ])('$nhsNumber: $why', ({ nhsNumber, valid }) => {
    expect(hasValidNhsCheckDigit(nhsNumber)).toBe(valid);
    // The format is the field's own check; the check digit is the record's rule CD-015.
    expect(NhsNumber.safeParse(nhsNumber).success).toBe(/^\d{10}$/.test(nhsNumber));
    const issues = ChildDeathInput.safeParse(deathWithNhsNumber(nhsNumber)).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(valid ? [] : ['child.nhsNumber']);
    expect(issues.some((issue) => issue.code === 'custom' && issue.params?.rule === 'CD-015')).toBe(
      !valid && /^\d{10}$/.test(nhsNumber),
    );
  });
});

describe('NHS number check digit, for any nine digits', () => {
  const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });
  const checkDigitOf = (digits: number[]) =>
    11 - (digits.reduce((sum, digit, index) => sum + digit * (10 - index), 0) % 11);

  it('accepts exactly one tenth digit, or none when the check digit would be 10', () => {
    fc.assert(
      fc.property(nineDigits, (digits) => {
        const accepted = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((last) =>
          hasValidNhsCheckDigit(`${digits.join('')}${last}`),
        );
        const check = checkDigitOf(digits);
        expect(accepted).toEqual(check === 10 ? [] : [check === 11 ? 0 : check]);
      }),
      { numRuns: 2000 },
    );
  });
});
