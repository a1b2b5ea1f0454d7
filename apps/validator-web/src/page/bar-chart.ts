import { h } from './dom.ts';
import { number } from './format.ts';

export type Bar = { label: string; count: number; severity?: 'error' | 'warning' };

/**
 * A bar chart that is also a table: screen readers and keyboards get the labels and counts, eyes
 * get bars in proportion to the largest count. The bars are decoration (the count is written
 * beside each), so they are hidden from assistive technology.
 */
export function barChart(caption: string, heading: string, bars: readonly Bar[]): HTMLElement {
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  const rows = bars.map((bar) => {
    const fill = h('span', { class: `bar-fill ${bar.severity ?? ''}`.trim() });
    // Set through the style object (CSSOM), which the Content-Security-Policy allows; a style attribute it would not.
    fill.style.inlineSize = `${(bar.count / largest) * 100}%`;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, bar.label),
      h('td', { class: 'bar-cell' }, h('span', { class: 'bar', 'aria-hidden': 'true' }, fill)),
      h('td', { class: 'count' }, number(bar.count)),
    );
  });
  return h(
    'figure',
    { class: 'chart' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, heading),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Bar')),
          h('th', { scope: 'col', class: 'count' }, 'Problems'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
