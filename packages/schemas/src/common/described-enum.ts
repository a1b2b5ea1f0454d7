import * as z from 'zod';
import { whenPresent } from './when-present.ts';

/**
 * A string enum whose every value carries a plain-English description. The descriptions go into
 * the JSON Schema as `x-enum-descriptions`, so data teams in any language can read what a code means.
 */
export function describedEnum<const Values extends Record<string, string>>(
  values: Values,
  description: string,
) {
  const codes = Object.keys(values) as [keyof Values & string, ...(keyof Values & string)[]];
  return z
    .enum(codes, { error: whenPresent(`must be one of: ${codes.join(', ')}`) })
    .meta({ description, 'x-enum-descriptions': values });
}
