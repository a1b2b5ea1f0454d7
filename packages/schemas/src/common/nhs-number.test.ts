import { describe, expect, it } from 'vitest';
import { hasValidNhsCheckDigit, NhsNumber } from './nhs-number.ts';

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
    expect(NhsNumber.safeParse(nhsNumber).success).toBe(valid);
  });
});
