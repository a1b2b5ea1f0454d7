import type { Problem, ProblemContext, Report } from './report.ts';

const number = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many = `${one}s`) =>
  `${number(count)} ${count === 1 ? one : many}`;

function where(problem: Problem): string {
  const parts = [problem.file === '-' ? 'standard input' : problem.file];
  if (problem.sheet !== undefined) parts.push(`sheet ${problem.sheet}`);
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  else if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.column !== undefined)
    parts.push(`column ${problem.column}${problem.cell ? ` (${problem.cell})` : ''}`);
  return parts.join(', ');
}

function table(rows: string[][], indent: string): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map(
    (row) =>
      `${indent}${row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()}`,
  );
}

const clip = (text: string, width = 24) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

function contextLines(context: ProblemContext): string[] {
  const rows: string[][] = [['row', ...context.columns.map((column) => clip(column))]];
  context.cells.forEach((cells, index) => {
    const isProblemRow = index === context.cells.length - 1;
    rows.push([
      `${isProblemRow ? '>' : ' '} ${context.rows[index]}`,
      ...cells.map((cell, column) =>
        isProblemRow && column === context.highlight ? `[${clip(cell, 22)}]` : clip(cell),
      ),
    ]);
  });
  return table(rows, '      ');
}

/**
 * The report for a person at a terminal: the summary first, then problems counted by code and
 * by column, then the first examples of each code, with the row above for context in
 * spreadsheets. Nothing here prints a whole record, and personal data is already masked.
 */
export function formatReportText(
  report: Report,
  options: { maxExamples?: number; title?: string } = {},
): string {
  const { summary } = report;
  const maxExamples = options.maxExamples ?? 3;
  const lines: string[] = [];
  const verdict =
    summary.errors === 0
      ? summary.warnings === 0
        ? 'Every record is valid.'
        : 'Every record is valid, with warnings about statutory timescales.'
      : 'Some records have errors: fix them at the rows and columns below and check again.';
  lines.push(
    `${options.title ? `${options.title}: ` : ''}${plural(summary.records, 'record')} read · ${number(summary.valid)} valid · ${number(summary.invalid)} with errors · ${plural(summary.errors, 'error')} · ${plural(summary.warnings, 'warning')}`,
    verdict,
  );
  const codes = Object.entries(summary.byCode).sort(
    (a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1),
  );
  if (codes.length > 0) {
    lines.push('', 'By code');
    lines.push(
      ...table(
        codes.map(([code, count]) => [code, count.severity, number(count.count), count.description]),
        '  ',
      ),
    );
  }
  const columns = Object.entries(summary.byColumn).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (columns.length > 0) {
    lines.push('', 'By column');
    lines.push(
      ...table(
        columns.map(([column, count]) => [column, number(count)]),
        '  ',
      ),
    );
  }
  for (const [code, count] of codes) {
    const examples = report.problems.filter((problem) => problem.code === code).slice(0, maxExamples);
    lines.push('', `${code} · ${count.severity} · ${plural(count.count, 'problem')} · ${count.description}`);
    for (const problem of examples) {
      const value = problem.value === undefined ? '' : ` (value: ${JSON.stringify(problem.value)})`;
      lines.push(`  ${where(problem)}: ${problem.message}${value}`);
      if (problem.context) lines.push(...contextLines(problem.context));
    }
    const more = count.count - examples.length;
    if (more > 0) lines.push(`  … and ${number(more)} more`);
  }
  return `${lines.join('\n')}\n`;
}
