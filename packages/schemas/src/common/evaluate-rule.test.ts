import { describe, expect, it } from 'vitest';
import { brokenRules, conditionHolds, prepareRules } from './evaluate-rule.ts';
import { type Condition, dateOrder, type RecordRule } from './record-rule.ts';

describe('conditionHolds', () => {
  it.each<[string, { record: unknown; condition: Condition; holds: boolean }]>([
    ['present: a value', { record: { a: 0 }, condition: { field: 'a', op: 'present' }, holds: true }],
    [
      'present: null is no value',
      { record: { a: null }, condition: { field: 'a', op: 'present' }, holds: false },
    ],
    ['absent: missing', { record: {}, condition: { field: 'a', op: 'absent' }, holds: true }],
    ['eq: same value', { record: { a: 'x' }, condition: { field: 'a', op: 'eq', value: 'x' }, holds: true }],
    [
      'eq: 1 is not true',
      { record: { a: 1 }, condition: { field: 'a', op: 'eq', value: true }, holds: false },
    ],
    [
      'ne: missing is not different',
      { record: {}, condition: { field: 'a', op: 'ne', value: 'x' }, holds: false },
    ],
    ['ne: different', { record: { a: 'y' }, condition: { field: 'a', op: 'ne', value: 'x' }, holds: true }],
    [
      'in: a listed value',
      { record: { a: 'b' }, condition: { field: 'a', op: 'in', value: ['a', 'b'] }, holds: true },
    ],
    [
      'in: the list in another field',
      { record: { a: 'b', l: ['b'] }, condition: { field: 'a', op: 'in', other: 'l' }, holds: true },
    ],
    [
      'in: the other field is not a list',
      { record: { a: 'b', l: 'b' }, condition: { field: 'a', op: 'in', other: 'l' }, holds: false },
    ],
    [
      'ge: dates as text',
      {
        record: { a: '2026-01-02', b: '2026-01-01' },
        condition: { field: 'a', op: 'ge', other: 'b' },
        holds: true,
      },
    ],
    [
      'ge: equal dates',
      {
        record: { a: '2026-01-01', b: '2026-01-01' },
        condition: { field: 'a', op: 'ge', other: 'b' },
        holds: true,
      },
    ],
    [
      'lt: against a value',
      { record: { a: '2022-06-30' }, condition: { field: 'a', op: 'lt', value: '2022-07-01' }, holds: true },
    ],
    ['le: numbers', { record: { a: 17 }, condition: { field: 'a', op: 'le', value: 17 }, holds: true }],
    [
      'le: a number is never compared with text',
      { record: { a: '17' }, condition: { field: 'a', op: 'le', value: 17 }, holds: false },
    ],
    [
      'ge: a missing side is false',
      { record: { a: '2026-01-01' }, condition: { field: 'a', op: 'ge', other: 'b' }, holds: false },
    ],
    [
      'ge instant: offsets compare as moments',
      {
        record: { u: '2026-01-01T10:00:00+01:00', c: '2026-01-01T09:30:00Z' },
        condition: { field: 'u', op: 'ge', other: 'c', compare: 'instant' },
        holds: false,
      },
    ],
    [
      'unique: no repeats',
      { record: { a: ['x', 'y'] }, condition: { field: 'a', op: 'unique' }, holds: true },
    ],
    [
      'unique: a repeat',
      { record: { a: ['x', 'x'] }, condition: { field: 'a', op: 'unique' }, holds: false },
    ],
    [
      'nhs-check-digit: valid',
      { record: { n: '9434765919' }, condition: { field: 'n', op: 'nhs-check-digit' }, holds: true },
    ],
    [
      'nhs-check-digit: not text',
      { record: { n: 9434765919 }, condition: { field: 'n', op: 'nhs-check-digit' }, holds: false },
    ],
    [
      'a path through a list',
      { record: { c: [{ a: 1 }, { a: 2 }] }, condition: { field: 'c.1.a', op: 'eq', value: 2 }, holds: true },
    ],
    [
      'a path through a text is no value',
      { record: { c: 'text' }, condition: { field: 'c.length', op: 'present' }, holds: false },
    ],
    [
      'anyOf: one alternative holds in full',
      {
        record: { k: 'icb', s: 'ods' },
        condition: {
          anyOf: [
            [
              { field: 'k', op: 'eq', value: 'police' },
              { field: 's', op: 'eq', value: 'ods' },
            ],
            [
              { field: 'k', op: 'eq', value: 'icb' },
              { field: 's', op: 'eq', value: 'ods' },
            ],
          ],
        },
        holds: true,
      },
    ],
  ])('%s', (_, { record, condition, holds }) => {
    expect(conditionHolds(record, condition)).toBe(holds);
  });
});

describe('brokenRules', () => {
  const underEighteen: RecordRule = {
    code: 'T-001',
    path: 'children.*.ageYears',
    message: 'must be under 18',
    when: [{ field: 'children.*.ageYears', op: 'present' }],
    require: [{ field: 'children.*.ageYears', op: 'le', value: 17 }],
  };

  it.each([
    {
      why: 'each item of the list is checked',
      record: { children: [{ ageYears: 18 }, { ageYears: 3 }, { ageYears: 20 }] },
      paths: [
        ['children', 0, 'ageYears'],
        ['children', 2, 'ageYears'],
      ],
    },
    { why: 'a missing list has no items', record: {}, paths: [] },
    { why: 'a list of the wrong type has no items', record: { children: 'none' }, paths: [] },
  ])('$why', ({ record, paths }) => {
    expect(brokenRules(prepareRules([underEighteen]), record).map((broken) => broken.path)).toEqual(paths);
  });

  it('reports a date order only when both dates are given and out of order', () => {
    const rules = prepareRules([dateOrder('T-002', 'start', 'end')]);
    expect(brokenRules(rules, { start: '2026-02-01', end: '2026-01-01' })).toHaveLength(1);
    expect(brokenRules(rules, { start: '2026-02-01' })).toEqual([]);
    expect(brokenRules(rules, { start: '2026-01-01', end: '2026-01-01' })).toEqual([]);
  });

  it('names the fields of the place it found, with positions filled in', () => {
    const [broken] = brokenRules(prepareRules([underEighteen]), { children: [{ ageYears: 30 }] });
    expect(broken?.fields).toEqual(['children.0.ageYears']);
  });
});
