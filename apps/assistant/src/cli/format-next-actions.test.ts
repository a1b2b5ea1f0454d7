import type { NextAction, NextActions } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import { formatNextActions } from './format-next-actions.ts';

function action(overrides: Partial<NextAction>): NextAction {
  return {
    duty: 'si-notify-panel',
    title: 'Notify the Child Safeguarding Practice Review Panel',
    actor: 'local-authority',
    recipients: ['child-safeguarding-practice-review-panel'],
    strength: 'must',
    status: 'due',
    dueDate: '2026-11-30',
    workingDaysRemaining: 5,
    deadline: '5 working days after the local authority became aware',
    why: 'The child was seriously harmed.',
    confidence: 'high',
    citations: [{ source: 'ca2004', ref: 'section 16C(1)' }],
    edition: 'wt2023',
    ...overrides,
  };
}

function answer(actions: NextAction[], extra: Partial<NextActions> = {}): NextActions {
  return { edition: 'wt2023', asOf: '2026-11-23', actions, notApplicable: [], questions: [], ...extra };
}

describe('formatNextActions', () => {
  it.each([
    {
      case: 'due',
      action: action({}),
      row: /^Mon 30 Nov\s+due\s+Notify/,
      detail: '5 working days left · must (law)',
    },
    {
      case: 'due today',
      action: action({ workingDaysRemaining: 0 }),
      row: /^Mon 30 Nov\s+due\s/,
      detail: 'due today',
    },
    {
      case: 'overdue',
      action: action({ status: 'overdue', dueDate: '2026-11-09', workingDaysRemaining: -10 }),
      row: /^Mon 9 Nov\s+overdue\s+Notify/,
      detail: '10 working days overdue',
    },
    {
      case: 'done late',
      action: action({ status: 'done-late', workingDaysRemaining: undefined }),
      row: /^Mon 30 Nov\s+done late\s+Notify/,
      detail: 'done after the due date',
    },
    {
      case: 'pending without a date',
      action: action({ status: 'pending', dueDate: null, workingDaysRemaining: undefined, projected: false }),
      row: /^no date\s+pending\s+Notify/,
      detail: 'its clock has not started: 5 working days after the local authority became aware',
    },
    {
      case: 'pending, projected',
      action: action({ status: 'pending', projected: true }),
      row: /^Mon 30 Nov\s+pending/,
      detail: 'at the latest, if its clock starts as late as it may: 5 working days after',
    },
    {
      case: 'ongoing',
      action: action({
        status: 'ongoing',
        dueDate: null,
        deadline: 'ongoing, with no single deadline',
        strength: 'should',
      }),
      row: /^no date\s+ongoing/,
      detail: 'standing duty (ongoing, with no single deadline) · should (guidance)',
    },
    {
      case: 'due next year',
      action: action({ dueDate: '2027-01-18', workingDaysRemaining: 15 }),
      row: /^Mon 18 Jan 2027\s+due/,
      detail: '15 working days left',
    },
  ])('$case', ({ action: item, row, detail }) => {
    const lines = formatNextActions(answer([item])).split('\n');
    expect(lines[1]).toMatch(/^DUE\s+STATUS\s+WHAT\s+WHO$/);
    expect(lines[2]).toMatch(row);
    expect(lines.slice(3).join(' ').replace(/\s+/g, ' ')).toContain(detail);
  });

  it.each([
    [undefined, 100],
    [80, 80],
    [132, 132],
    [40, 60],
  ])(
    'fits the terminal (width %s: lines of at most %i), wrapping long titles and sources',
    (width, limit) => {
      const long = action({
        title: 'Send the review report to the Panel and the Secretary of State before publishing it',
        actor: 'child-death-review-partners',
        citations: Array.from({ length: 6 }, (_, index) => ({
          source: 'wt2023',
          ref: `chapter ${index} paragraph 12`,
        })),
      });
      const text = formatNextActions(answer([long]), width === undefined ? {} : { width });
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(limit);
      expect(text).toContain('child death review');
      expect(text.replace(/\s+/g, ' ')).toContain('before publishing it');
    },
  );

  it('uses a wide terminal: a long title stays on one line at 160 columns', () => {
    const long = action({
      title: 'Send the review report to the Panel and the Secretary of State before publishing it',
    });
    expect(formatNextActions(answer([long]), { width: 160 }).split('\n')[2]).toContain(
      'before publishing it',
    );
  });

  it('notes caveats for confidence below high, and the questions still open', () => {
    const text = formatNextActions(
      answer(
        [
          action({
            title: 'Carry out a rapid review',
            confidence: 'medium',
            caveat: 'Sources differ. Check your local procedures.',
          }),
        ],
        {
          questions: [
            {
              fact: 'incident.abuseOrNeglect',
              ask: 'Is abuse or neglect known or suspected?',
              options: ['known', 'suspected', 'not-suspected'],
            },
            { fact: 'area', ask: 'Which area?' },
          ],
          notApplicable: [{ duty: 'lado-inform', why: 'No allegation.' }],
        },
      ),
    );
    expect(text).toContain(
      'Check your local procedures:\n  - Carry out a rapid review (medium confidence): Sources differ.\n',
    );
    expect(text).toContain(
      'To be sure, tell me:\n  - Is abuse or neglect known or suspected? (known / suspected / not-suspected)\n  - Which area?\n',
    );
    expect(text).toContain('1 other duty does not apply to these facts; --json shows why.');
  });

  it('says when no duty applies', () => {
    expect(formatNextActions(answer([]))).toBe(
      'Working Together 2023 · as of Monday 23 November 2026\nNo duties apply to these facts on this date.\n',
    );
  });

  it.each([
    { color: false, coloured: false },
    { color: true, coloured: true },
  ])('uses colour only when asked (color: $color)', ({ color, coloured }) => {
    const text = formatNextActions(answer([action({ status: 'overdue' })]), { color });
    expect(text.includes('\u001b[')).toBe(coloured);
  });
});
