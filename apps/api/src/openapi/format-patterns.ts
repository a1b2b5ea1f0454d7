import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime } from '@safeguarding/schemas';

/**
 * The patterns zod's JSON Schema gives each string format our schemas use, so the OpenAPI copies of
 * the schemas reject what the published JSON Schemas reject (2026-02-30 is no date). The library
 * that turns routes into OpenAPI keeps only the format, which validators may ignore.
 */
const PATTERNS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ date: IsoDate, 'date-time': IsoDateTime, email: z.email() }).map(([format, schema]) => {
    const { pattern } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as { pattern?: string };
    if (pattern === undefined) throw new Error(`zod gives the ${format} format no pattern`);
    return [format, pattern];
  }),
);

/** A copy of the document in which every string schema with one of those formats has its pattern. */
export function withFormatPatterns<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withFormatPatterns) as T;
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, withFormatPatterns(value)]),
  );
  const format = copy.format;
  if (typeof format === 'string' && PATTERNS[format] !== undefined && copy.pattern === undefined) {
    copy.pattern = PATTERNS[format];
  }
  return copy as T;
}
