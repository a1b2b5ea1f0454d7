import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under Node's ESM the default import is module.exports, whose .default is the plugin.
const addFormats = addFormatsModule.default;

/** Our vendor keywords: annotations a JSON Schema validator ignores. */
export const VENDOR_KEYWORDS = [
  'x-personal-data',
  'x-enum-descriptions',
  'x-rules',
  'x-rule',
  'x-schema-version',
] as const;

/**
 * A strict JSON Schema 2020-12 validator with formats. Our vendor keywords (`x-…`) are declared,
 * so strict mode still catches misspelt standard keywords. Two strict checks are relaxed for
 * standard idioms our if/then rules use: `required` and `properties` in a subschema that does
 * not repeat the parent's `type` or property list.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-personal-data', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'x-enum-descriptions', schemaType: 'object' });
  for (const keyword of VENDOR_KEYWORDS.slice(2)) ajv.addKeyword({ keyword });
  return ajv;
}
