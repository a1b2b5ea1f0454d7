import type * as z from 'zod';
import { SCHEMA_VERSION } from '../schema-version.ts';
import { GENERATED_NOTICE, SCHEMA_BASE_URL } from './json-schema-document.ts';
import {
  PYTHON_RULES_EXAMPLE,
  PYTHON_RULES_USAGE,
  R_RULES_EXAMPLE,
  R_RULES_USAGE,
} from './rules-examples.ts';

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim().replaceAll('|', '\\|');
}

const FENCE = '```';
const fence = (language: string, code: string) => [`${FENCE}${language}`, code.trimEnd(), FENCE];

/** schemas/README.md: what each file is, how to validate with it from other languages, and the CSV and XLSX convention. */
export function schemasReadme(schemas: Record<string, z.ZodType>): string {
  const rows = Object.entries(schemas).map(([id, schema]) => {
    const meta = schema.meta() ?? {};
    const title = typeof meta.title === 'string' ? meta.title : id;
    const description = typeof meta.description === 'string' ? firstSentence(meta.description) : '';
    return `| [json/${id}.schema.json](json/${id}.schema.json) | ${title} | ${description} |`;
  });
  return [
    '# Published schemas',
    '',
    `<!-- ${GENERATED_NOTICE} -->`,
    '',
    'Language-neutral contracts of the safeguarding toolkit, for data teams and vendors who do not use',
    'TypeScript. The JSON Schemas (draft 2020-12) are generated from the zod schemas in',
    '`packages/schemas`; run `npm run generate` to rebuild them and `npm run generate -- --check` to',
    'confirm they are up to date. Fields marked `"x-personal-data": true` hold personal data, so',
    'exports can be redacted; `x-enum-descriptions` says what each code means.',
    '',
    '| file | title | what it holds |',
    '|---|---|---|',
    ...rows,
    '| [rules.json](rules.json) | Coded rules | Every cross-field rule of the record schemas, with its code, fields, conditions and message. |',
    '| [openapi.json](openapi.json) | OpenAPI | OpenAPI 3.1 description of the reference API (generated from `apps/api`). |',
    '| [duties.json](duties.json) | Duty catalogue | The duty catalogue: every duty with its deadline, editions and citations (generated from `packages/rules`). |',
    '| [CHANGELOG.md](CHANGELOG.md) | Changes | What changed in each version of the schemas. |',
    '',
    '## Versions',
    '',
    `These are version ${SCHEMA_VERSION} of the schemas. Each schema says so in \`x-schema-version\`,`,
    `and its \`$id\` carries the major version (\`${SCHEMA_BASE_URL}serious-incident.schema.json\`):`,
    'a change that could reject data that was valid before gets a new major version and new',
    'addresses; additions keep them. The reference API serves each schema at its `$id` path',
    `(\`/schemas/${SCHEMA_BASE_URL.split('/schemas/')[1]}serious-incident.schema.json\`). [CHANGELOG.md](CHANGELOG.md) lists every change.`,
    '',
    '## Validating from Python or R',
    '',
    'Use a validator for draft 2020-12 (or 2019-09): the schemas use `dependentRequired`, which',
    'draft 7 validators silently ignore. Turn format checking on, or `date`, `date-time`, `email` and',
    '`uri` values are not checked. In Python (Debian: `python3-jsonschema`):',
    '',
    ...fence(
      'python',
      `import json, jsonschema
schema = json.load(open("schemas/json/serious-incident.schema.json"))
check = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
for number, record in enumerate(json.load(open("incidents.json")), start=1):
    for error in check.iter_errors(record): print(number, error.json_path, error.message)`,
    ),
    '',
    'In R, with `jsonvalidate` (use its ajv engine, which reads draft 2020-12):',
    '',
    ...fence(
      'r',
      `library(jsonvalidate)
check <- json_schema$new("schemas/json/serious-incident.schema.json", engine = "ajv")
records <- jsonlite::read_json("incidents.json")
for (n in seq_along(records)) {
  ok <- check$validate(jsonlite::toJSON(records[[n]], auto_unbox = TRUE), verbose = TRUE)
  if (!ok) print(cbind(record = n, attr(ok, "errors")[, c("instancePath", "message")])) }`,
    ),
    '',
    '## Coded rules',
    '',
    'Every cross-field rule (a date that cannot come before another, a field required when another',
    'has a value, the NHS number check digit) has a stable code such as `SI-003`, listed in each',
    'schema under `x-rules` and, for all schemas at once, in [rules.json](rules.json). Rules that',
    'JSON Schema can express are also in the schema itself (`allOf`, each entry marked `x-rule`),',
    'so a plain JSON Schema validator catches them; `"jsonSchema": false` marks the rules only the',
    'toolkit and the code below check. The toolkit reports every problem with its code, and each',
    'code has an invalid example in `examples/<schema>/invalid/` (see `expected.json`).',
    '',
    'A rule applies to records of the schemas it lists. It is broken when every condition in `when`',
    'holds and at least one in `require` does not; the problem is reported on `path`. Fields are',
    'dotted paths, and `*` stands for each item of a list (`children.*.ageYears`). The conditions:',
    '',
    '| op | holds when |',
    '|---|---|',
    '| `present`, `absent` | the field has a value, or has none |',
    '| `eq`, `ne` | the field equals `value` (`ne`: has a value and it differs) |',
    '| `in` | the field has a value that is one of `value` (a list), or one of the list in field `other` |',
    '| `lt`, `le`, `gt`, `ge` | the field compares so with `value` or with field `other`; both must be text or both numbers (dates `YYYY-MM-DD` compare as text); with `"compare": "instant"` both are read as RFC 3339 date-times |',
    '| `unique` | the field is a list with no value twice |',
    '| `nhs-check-digit` | the field is ten digits and the last is the NHS modulus 11 check digit |',
    '| `anyOf` | at least one of the lists of conditions holds in full |',
    '',
    'In Python (apply it to records that pass the JSON Schema; it is run on every example by the',
    'toolkit’s tests):',
    '',
    ...fence('python', `${PYTHON_RULES_EXAMPLE}\n${PYTHON_RULES_USAGE}`),
    '',
    'In R, with `jsonlite`:',
    '',
    ...fence('r', `${R_RULES_EXAMPLE}\n${R_RULES_USAGE}`),
    '',
    '## CSV and XLSX',
    '',
    'Spreadsheets of records follow one convention, the same for `safeguarding validate`, the',
    'browser validator and `safeguarding template` (which writes a header and an example row):',
    '',
    '- The first row is the header; each further row is one record. In XLSX every sheet whose header',
    '  names at least one known column is read; other sheets are skipped with a warning.',
    '- Nested fields are dotted column names: `notifier.role`, `children.0.ageYears`,',
    '  `organisation.identifier.scheme`. List positions count from 0.',
    '- A list of plain values is one cell with the values separated by `|`:',
    '  `looked-after|child-protection-plan`.',
    '- An empty cell means the field is absent. A row whose cells are all empty is skipped.',
    '- Cells are typed by the schema: `21` is the number 21 where a number is expected, `true` and',
    '  `false` (any case) are booleans, everything else is text. A date typed into Excel as a date',
    '  is read as `YYYY-MM-DD`.',
    '- CSV: UTF-8, comma-separated, with or without a byte order mark, LF or CRLF line ends; a cell',
    '  with a comma, a quote or a line break is quoted with `"` and its quotes doubled.',
    '- A column the schema does not know is one error naming it, not one per row.',
    '',
    'Problems are located as a person sees the sheet: `row` counts the header as row 1, `column` is',
    'the header name and `cell` is the spreadsheet reference, such as `F7`.',
    '',
    '## Examples',
    '',
    'Examples: `examples/<id>/valid/*.json` pass the schema; `examples/<id>/invalid/<reason>.json`',
    'fail it, and `examples/<id>/invalid/expected.json` names the field each one must be rejected',
    'for, the rule code where a coded rule rejects it, and whether plain JSON Schema can see the',
    'problem (`"jsonSchema": false` means only the toolkit’s own validation, which also checks',
    'the coded rules, rejects it).',
    '',
  ].join('\n');
}
