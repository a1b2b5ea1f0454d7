import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { describedEnum } from './common/described-enum.ts';
import { IsoDate } from './common/iso-date.ts';
import { unknownTag } from './common/when-present.ts';
import { describeIssues, dottedPath, explainIssues, jsonPointer } from './errors.ts';
import { SeriousIncidentInput } from './serious-incident.ts';

const Sample = z.strictObject({
  name: z.string(),
  count: z.number().int().min(0).max(10),
  when: IsoDate.optional(),
  colour: describedEnum({ red: 'Red.', blue: 'Blue.' }, 'A colour.').optional(),
  email: z.email().optional(),
  tags: z.array(z.string().min(1)).max(2).optional(),
  nested: z.strictObject({ flag: z.boolean() }).optional(),
  children: z.array(z.strictObject({ ageYears: z.number().int() })).optional(),
  identifier: z
    .discriminatedUnion(
      'scheme',
      [
        z.strictObject({ scheme: z.literal('urn'), value: z.string() }),
        z.strictObject({ scheme: z.literal('ukprn'), value: z.string() }),
      ],
      { error: unknownTag(['urn', 'ukprn']) },
    )
    .optional(),
});

function errorsFor(input: unknown) {
  const result = Sample.safeParse(input);
  if (result.success) throw new Error('expected the sample to fail');
  return explainIssues(result.error);
}

const valid = { name: 'x', count: 1 };

describe('explainIssues', () => {
  it.each([
    { why: 'a missing field', input: { count: 1 }, path: 'name', pointer: '/name', message: 'is required' },
    {
      why: 'a wrong type',
      input: { ...valid, name: 5 },
      path: 'name',
      pointer: '/name',
      message: 'must be text',
    },
    {
      why: 'a fraction',
      input: { ...valid, count: 1.5 },
      path: 'count',
      pointer: '/count',
      message: 'must be a whole number',
    },
    {
      why: 'too small',
      input: { ...valid, count: -1 },
      path: 'count',
      pointer: '/count',
      message: 'must be 0 or more',
    },
    {
      why: 'too big',
      input: { ...valid, count: 11 },
      path: 'count',
      pointer: '/count',
      message: 'must be 10 or less',
    },
    {
      why: 'an impossible date (own message kept)',
      input: { ...valid, when: '2026-02-30' },
      path: 'when',
      pointer: '/when',
      message: 'must be a real date written YYYY-MM-DD, for example 2026-11-23',
    },
    {
      why: 'an unknown code',
      input: { ...valid, colour: 'green' },
      path: 'colour',
      pointer: '/colour',
      message: 'must be one of: red, blue',
    },
    {
      why: 'a bad email',
      input: { ...valid, email: 'nope' },
      path: 'email',
      pointer: '/email',
      message: 'must be an email address',
    },
    {
      why: 'a long list',
      input: { ...valid, tags: ['a', 'b', 'c'] },
      path: 'tags',
      pointer: '/tags',
      message: 'can list at most 2 items',
    },
    {
      why: 'an empty string in a list',
      input: { ...valid, tags: [''] },
      path: 'tags[0]',
      pointer: '/tags/0',
      message: 'cannot be empty',
    },
    {
      why: 'a nested field',
      input: { ...valid, nested: {} },
      path: 'nested.flag',
      pointer: '/nested/flag',
      message: 'is required',
    },
    {
      why: 'a field inside a list',
      input: { ...valid, children: [{ ageYears: 2.5 }] },
      path: 'children[0].ageYears',
      pointer: '/children/0/ageYears',
      message: 'must be a whole number',
    },
    {
      why: 'an unknown union tag',
      input: { ...valid, identifier: { scheme: 'duns', value: '1' } },
      path: 'identifier.scheme',
      pointer: '/identifier/scheme',
      message: 'must be one of: urn, ukprn',
    },
    {
      why: 'a union that is not an object',
      input: { ...valid, identifier: 'urn' },
      path: 'identifier',
      pointer: '/identifier',
      message: 'must be an object with named fields',
    },
    {
      why: 'not an object at all',
      input: 'text',
      path: '',
      pointer: '',
      message: 'must be an object with named fields',
    },
  ])('explains $why', ({ input, path, pointer, message }) => {
    expect(errorsFor(input)).toEqual([{ path, pointer, message }]);
  });

  it('gives one error per unknown key, with the key in the path', () => {
    expect(errorsFor({ ...valid, colur: 'red', nested: { flag: true, flg: 1 }, extra: 1 })).toEqual([
      { path: 'nested.flg', pointer: '/nested/flg', message: 'is not a known field' },
      { path: 'colur', pointer: '/colur', message: 'is not a known field' },
      { path: 'extra', pointer: '/extra', message: 'is not a known field' },
    ]);
  });

  it('keeps the plain-English messages of cross-field rules', () => {
    const result = SeriousIncidentInput.safeParse({
      area: 'E08000034',
      notifier: { role: 'Service manager' },
      incidentType: 'serious-harm',
      harm: 'serious-harm',
      abuseOrNeglect: 'known',
      location: 'in-area',
      incidentDate: '2026-01-05',
      laBecameAware: '2026-01-06',
      children: Array.from({ length: 5 }, (_, index) => ({ reference: `LA-REF-000${index}`, ageYears: 5 })),
      caseOutline: 'Fictional.',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(explainIssues(result.error)).toEqual([
      {
        path: 'children',
        pointer: '/children',
        message: 'can list at most 4 children: describe any further children in furtherChildren',
      },
    ]);
  });
});

describe('describeIssues', () => {
  it('writes one sentence per field, naming the record for a root problem', () => {
    const fieldErrors = Sample.safeParse({ count: 2.5, colour: 'green' });
    const rootError = Sample.safeParse(null);
    if (fieldErrors.success || rootError.success) throw new Error('expected failures');
    expect(describeIssues(fieldErrors.error)).toBe(
      'name is required. count must be a whole number. colour must be one of: red, blue.',
    );
    expect(describeIssues(rootError.error)).toBe('The record must be an object with named fields.');
  });
});

describe('paths', () => {
  it.each([
    { path: [], dotted: '', pointer: '' },
    { path: ['children', 0, 'ageYears'], dotted: 'children[0].ageYears', pointer: '/children/0/ageYears' },
    { path: [0, 'a'], dotted: '[0].a', pointer: '/0/a' },
    { path: ['a/b', 'c~d'], dotted: 'a/b.c~d', pointer: '/a~1b/c~0d' },
  ])('$dotted ↔ $pointer', ({ path, dotted, pointer }) => {
    expect(dottedPath(path)).toBe(dotted);
    expect(jsonPointer(path)).toBe(pointer);
  });
});
