import { SCHEMA_IDS, schemaFacts } from '@safeguarding/validator';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The "Record type" options, written into the page at build time from the validator's own list
 * of record schemas: the value is the schema id (as `--type` takes it), the text its title.
 * Records as submitted come first, as exports usually hold them.
 */
export function recordTypeOptions(): string {
  const group = (label: string, ids: readonly string[], describe: (title: string) => string) =>
    [
      `        <optgroup label="${escapeHtml(label)}">`,
      ...ids.map(
        (id) =>
          `          <option value="${escapeHtml(id)}">${escapeHtml(describe(schemaFacts(id).title))} (${escapeHtml(id)})</option>`,
      ),
      '        </optgroup>',
    ].join('\n');
  const submitted = SCHEMA_IDS.filter((id) => id.endsWith('-input'));
  const stored = SCHEMA_IDS.filter((id) => !id.endsWith('-input'));
  return [
    group('As submitted', submitted, (title) => title.replace(/ \(input\)$/, '')),
    group('As stored', stored, (title) => title),
  ].join('\n');
}

/** The paragraph of the static folder that offers the single-file build for use without a network. */
export function saveForOfflineParagraph(singleFileName: string): string {
  return `  <p>To check files where this page cannot be reached, <a href="./${escapeHtml(singleFileName)}" download>download the checker as one HTML file</a> and open it from your computer.</p>`;
}
