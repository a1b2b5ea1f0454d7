import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../testing/ajv.ts';
import { WebAddress } from './web-address.ts';

// The JSON Schema form exactly as published: the pattern zod writes, plus format uri.
const ajv = createAjv();
const jsonSchemaAccepts = ajv.compile(WebAddress.toJSONSchema({ target: 'draft-2020-12' }));
const zodAccepts = (value: string) => WebAddress.safeParse(value).success;

describe('WebAddress', () => {
  it.each([
    ['https://www.gov.uk/government/publications/working-together', true],
    ['https://example.org:8443/reports/2025?year=2025-26#summary', true],
    ['https://example.org/a%20b', true],
    ['http://example.org/report', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<p>hi</p>', false],
    ['https://', false],
    ['https://example.org/a b', false],
    ['https://exa_mple.org', false],
    ['https://example.org/%zz', false],
    ['HTTPS://example.org', false],
  ])('%s: %s, the same in zod and JSON Schema', (address, accepted) => {
    expect(zodAccepts(address)).toBe(accepted);
    expect(jsonSchemaAccepts(address)).toBe(accepted);
  });

  it('zod and the JSON Schema (with format checking) agree on any text, and on any https address', () => {
    const candidates = fc.oneof(
      fc.string(),
      fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
      fc.string().map((tail) => `https://example.org/${tail}`),
    );
    fc.assert(
      fc.property(candidates, (address) => zodAccepts(address) === jsonSchemaAccepts(address)),
      { numRuns: 3000 },
    );
  });
});
