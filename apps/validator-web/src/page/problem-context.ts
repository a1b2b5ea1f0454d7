import type { Problem } from '@safeguarding/validator';
import { h } from './dom.ts';

/**
 * The cells around a problem in a spreadsheet, as the report gives them: the row above and the
 * problem's row, a few columns either side, the offending cell marked (by colour, by a border
 * and in words). Personal data is already masked in the report.
 */
export function problemContext(problem: Problem): HTMLElement | undefined {
  const context = problem.context;
  if (!context) return undefined;
  const last = context.cells.length - 1;
  const label = `Row ${context.rows[last]}${last > 0 ? ' and the row above' : ''}`;
  const body = context.cells.map((cells, index) => {
    const isProblemRow = index === last;
    return h(
      'tr',
      { class: isProblemRow ? 'problem-row' : undefined },
      h('th', { scope: 'row' }, String(context.rows[index])),
      ...cells.map((cell, column) => {
        const shown = cell === '' ? h('span', { class: 'empty' }, 'empty') : cell;
        if (!isProblemRow || column !== context.highlight) return h('td', {}, shown);
        return h(
          'td',
          { class: 'offending' },
          h('mark', {}, shown),
          h('span', { class: 'visually-hidden' }, ' (the cell with the problem)'),
        );
      }),
    );
  });
  return h(
    'div',
    // Scrolls sideways on a narrow screen, so it can take focus and be scrolled by keyboard.
    { class: 'context', role: 'region', 'aria-label': label, tabindex: 0 },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Row'),
          ...context.columns.map((column) => h('th', { scope: 'col' }, column)),
        ),
      ),
      h('tbody', {}, ...body),
    ),
  );
}
