import { engine } from '@safeguarding/rules';
import type { NextActions } from '@safeguarding/schemas';
import { describe, expect, it } from 'vitest';
import { answerLines } from './answer-lines.ts';
import { lineText } from './styled-text.ts';

const catalogue = engine.catalogue.data;
// A death in the area with neglect suspected, known the next day: the child death review and
// the serious-incident duties together, one of them overdue and some below high confidence.
const result: NextActions = engine.nextActions(
  {
    child: { ageYears: 0, lookedAfter: false, normallyResidentInArea: true },
    incident: { harm: 'death', abuseOrNeglect: 'suspected', location: 'in-area' },
    death: { jarCriteriaMet: true },
    events: { childDied: '2026-11-22', laBecameAware: '2026-11-23' },
  },
  { asOf: '2026-11-23' },
);
const text = (width: number) => answerLines(result, { width, catalogue }).map(lineText);

describe('the answer on the screen', () => {
  it.each([60, 80, 100, 140])('fits %i columns', (width) => {
    for (const line of text(width)) expect(line.length).toBeLessThanOrEqual(width);
  });

  it('puts the date first, then the action; who does it and who gets it; must or should; working days left', () => {
    const lines = text(100);
    const panel = lines.findIndex((line) =>
      line.includes('Notify the Child Safeguarding Practice Review Panel'),
    );
    expect(lines[panel]).toMatch(/^ {2}Mon 30 Nov +Notify the Child Safeguarding Practice Review Panel$/);
    expect(lines[panel + 1]?.trim()).toBe('local authority → Child Safeguarding Practice Review Panel');
    expect(lines[panel + 2]?.trim()).toBe('due · 5 working days left · must (law)');
  });

  it('lists the actions in the engine’s order, overdue first', () => {
    const titles = result.actions.map((action) => action.title);
    const lines = text(100);
    const positions = titles.map((title) => lines.findIndex((line) => line.endsWith(title)));
    expect(positions.every((position, index) => position > (positions[index - 1] ?? -1))).toBe(true);
    expect(lines.find((line) => line.includes('Start a joint agency response'))).toMatch(/Sun 22 Nov/);
  });

  it('says why, cites every action and gives a caveat for each below high confidence', () => {
    const all = text(100).join('\n');
    expect(all).toMatch(/Why: the child died on 22 November 2026/);
    for (const action of result.actions) expect(all).toContain(`${action.title}: `);
    const uncertain = result.actions.filter((action) => action.confidence !== 'high');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const action of uncertain)
      expect(all).toContain(`${action.title} (${action.confidence} confidence)`);
  });

  it('says when nothing applies', () => {
    const none = engine.nextActions({ events: {} }, { asOf: '2026-11-23' });
    expect(answerLines(none, { width: 80, catalogue }).map(lineText)).toContain(
      'No duties apply to these facts on this date.',
    );
  });
});
