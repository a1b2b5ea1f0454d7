import { filterGroups, type ProblemFilter, type Severity } from '@safeguarding/validator';
import { barChart } from './bar-chart.ts';
import { h } from './dom.ts';
import { dateInWords, number, plural } from './format.ts';
import type { CheckedReply } from './messages.ts';
import { problemGroup } from './problem-group.ts';
import { saveFile } from './save-file.ts';

export type ReportMeta = { files: string[]; recordType: string; asOf: string };

function verdict({ errors, warnings }: { errors: number; warnings: number }): string {
  if (errors > 0)
    return 'Some records have errors: fix them at the rows and columns below, then check again.';
  if (warnings > 0) return 'Every record is valid, with warnings about statutory timescales.';
  return 'Every record is valid.';
}

/** The sentence screen readers hear when a check finishes. */
export function summarySentence(checked: CheckedReply, meta: ReportMeta): string {
  const s = checked.report.summary;
  return `Checked ${meta.files.join(', ')}: ${plural(s.records, 'record')} read, ${number(s.valid)} valid, ${number(s.invalid)} with errors, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}.`;
}

function select(id: string, label: string, all: string, options: [string, string][]): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id },
      h('option', { value: '' }, all),
      ...options.map(([value, text]) => h('option', { value }, text)),
    ),
  );
}

/** Downloads named after the first file checked: incidents.csv gives incidents-report.json. */
const reportName = (files: readonly string[], extension: string) =>
  `${(files[0] ?? 'validation').replace(/\.[^.]+$/, '')}-report.${extension}`;

/**
 * Draws the report into `root`: the summary first, then the downloads, the charts by code and by
 * column, the filters, and each kind of problem with its first examples.
 */
export function renderReport(root: HTMLElement, checked: CheckedReply, meta: ReportMeta): void {
  const { summary } = checked.report;
  const columns = Object.keys(summary.byColumn);
  const list = h('div', { id: 'problem-groups' });
  const shown = h('p', { id: 'shown', 'aria-live': 'polite' });

  const figures: [string, string][] = [
    ['Records read', number(summary.records)],
    ['Valid', number(summary.valid)],
    ['With errors', number(summary.invalid)],
    ['Errors', number(summary.errors)],
    ['Warnings', number(summary.warnings)],
  ];
  const codeBars = checked.groups.map((group) => ({
    label: group.code,
    count: group.count,
    severity: group.severity,
  }));
  const columnBars = Object.entries(summary.byColumn)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([label, count]) => ({ label, count }));

  const jsonButton = h('button', { type: 'button', id: 'download-json' }, 'Download report (JSON)');
  const csvButton = h('button', { type: 'button', id: 'download-csv' }, 'Download report (CSV)');
  jsonButton.addEventListener('click', () =>
    saveFile(reportName(meta.files, 'json'), checked.json, 'application/json'),
  );
  csvButton.addEventListener('click', () => saveFile(reportName(meta.files, 'csv'), checked.csv, 'text/csv'));

  const filters =
    checked.groups.length === 0
      ? undefined
      : h(
          'div',
          { class: 'filters', role: 'group', 'aria-labelledby': 'filters-label' },
          h('p', { id: 'filters-label', class: 'filters-label' }, 'Show only'),
          select(
            'filter-code',
            'Code',
            'All codes',
            checked.groups.map((group) => [group.code, `${group.code}: ${group.description}`]),
          ),
          columns.length > 0
            ? select(
                'filter-column',
                'Column',
                'All columns',
                columns.map((column) => [column, column]),
              )
            : undefined,
          select('filter-severity', 'Severity', 'Errors and warnings', [
            ['error', 'Errors'],
            ['warning', 'Warnings'],
          ]),
        );

  const parts: (Node | undefined)[] = [
    h('h2', { id: 'report-heading' }, 'Report'),
    h('p', { class: `verdict ${summary.errors > 0 ? 'has-errors' : 'valid'}` }, verdict(summary)),
    h(
      'p',
      { class: 'checked-as' },
      `${meta.files.join(', ')}, checked as ${meta.recordType}, with statutory timescales judged on ${dateInWords(meta.asOf)}.`,
    ),
    h(
      'dl',
      { class: 'summary' },
      ...figures.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
    h('div', { class: 'downloads' }, jsonButton, ' ', csvButton),
    checked.groups.length === 0
      ? undefined
      : h(
          'div',
          { class: 'charts' },
          barChart('Problems by code', 'Code', codeBars),
          columnBars.length > 0
            ? barChart('Problems by column', 'Column', columnBars)
            : h('p', { class: 'hint' }, 'Problems are counted by column for CSV and XLSX files.'),
        ),
    checked.groups.length === 0 ? undefined : h('h3', {}, 'Problems, by kind'),
    filters,
    checked.groups.length === 0 ? undefined : shown,
    list,
  ];
  root.replaceChildren(...parts.filter((part) => part !== undefined));

  const draw = () => {
    const value = (id: string) => (root.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? '') || undefined;
    const filter: ProblemFilter = {};
    const code = value('filter-code');
    const column = value('filter-column');
    const severity = value('filter-severity') as Severity | undefined;
    if (code) filter.code = code;
    if (column) filter.column = column;
    if (severity) filter.severity = severity;
    const groups = filterGroups(checked.groups, filter);
    list.replaceChildren(
      ...groups.map((group) => problemGroup(group, column ? `column ${column}` : undefined)),
    );
    shown.textContent =
      groups.length === checked.groups.length
        ? `Showing all ${plural(groups.length, 'kind')} of problem.`
        : `Showing ${number(groups.length)} of ${plural(checked.groups.length, 'kind')} of problem.`;
  };
  filters?.addEventListener('change', draw);
  draw();
}
