import type { Problem, ProblemGroup } from '@safeguarding/validator';
import { h } from './dom.ts';
import { number, plural, whereInWords } from './format.ts';
import { problemContext } from './problem-context.ts';

/** Examples shown of each kind of problem, as the command line's text report shows. */
export const EXAMPLES_SHOWN = 3;

function example(problem: Problem): HTMLElement {
  return h(
    'li',
    { class: 'example' },
    h('p', { class: 'where' }, whereInWords(problem)),
    h(
      'p',
      {},
      problem.message,
      problem.value === undefined
        ? undefined
        : h(
            'span',
            { class: 'value' },
            ' Value: ',
            h('code', {}, typeof problem.value === 'string' ? problem.value : JSON.stringify(problem.value)),
          ),
    ),
    problemContext(problem),
  );
}

function citations(group: ProblemGroup): HTMLElement {
  return h(
    'p',
    { class: 'source' },
    group.citations.length === 1 ? 'Source: ' : 'Sources: ',
    ...group.citations.flatMap((citation, index) => [
      index > 0 ? '; ' : undefined,
      citation.url ? h('a', { href: citation.url, rel: 'noreferrer' }, citation.text) : citation.text,
    ]),
  );
}

/**
 * One kind of problem: its severity, code and plain-English description, where the rule comes
 * from, how many were found, and the first examples with the cells around them.
 */
export function problemGroup(group: ProblemGroup, shownFor?: string): HTMLElement {
  const id = `group-${group.code}`;
  const examples = group.problems.slice(0, EXAMPLES_SHOWN);
  const more = (shownFor === undefined ? group.count : group.problems.length) - examples.length;
  return h(
    'section',
    { class: `group ${group.severity}`, 'aria-labelledby': id, 'data-code': group.code },
    h(
      'h4',
      { id },
      h('span', { class: `severity ${group.severity}` }, group.severity === 'error' ? 'Error' : 'Warning'),
      ' ',
      h('code', {}, group.code),
      ' ',
      h(
        'span',
        { class: 'count' },
        `${plural(group.count, 'problem')}${shownFor ? `, ${number(group.problems.length)} kept in ${shownFor}` : ''}`,
      ),
    ),
    h('p', { class: 'description' }, group.description),
    citations(group),
    h('ol', { class: 'examples' }, ...examples.map(example)),
    more > 0
      ? h('p', { class: 'more' }, `… and ${number(more)} more: download the report for every one kept.`)
      : undefined,
  );
}
