import * as z from 'zod';
import { whenPresent } from './when-present.ts';

// RFC 3986 pieces, kept to what every URI parser accepts: an https scheme, a DNS host name, an
// optional port, and a path, query and fragment of unreserved, sub-delimiter and %-encoded characters.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const CHARACTER = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";

/**
 * A secure web address: `https://`, a host name, then an optional port, path, query and fragment.
 * Every address it accepts is also a JSON Schema `uri`, so zod and any JSON Schema validator (with
 * or without format checking) accept exactly the same addresses; `http:`, `javascript:` and
 * `data:` never pass.
 */
export const HTTPS_URL_PATTERN = `^https://${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?(?:/${CHARACTER}*)*(?:\\?(?:${CHARACTER}|[/?])*)?(?:#(?:${CHARACTER}|[/?])*)?$`;

/** A web address starting https://, for published reports and documents. */
export const WebAddress = z
  .string({ error: whenPresent('must be a web address starting https://') })
  .regex(new RegExp(HTTPS_URL_PATTERN), { error: 'must be a web address starting https://' })
  .meta({ format: 'uri' });
