import * as z from 'zod';
import { whenPresent } from './when-present.ts';

/** A civil date in Europe/London, `YYYY-MM-DD`. Impossible dates such as 2026-02-30 are rejected. */
export const IsoDate = z.iso.date({
  error: whenPresent('must be a real date written YYYY-MM-DD, for example 2026-11-23'),
});

export type IsoDate = z.infer<typeof IsoDate>;

/** A date and time with an offset, RFC 3339 (used for record timestamps). */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: whenPresent('must be a date and time written like 2026-11-23T14:05:00Z'),
});
