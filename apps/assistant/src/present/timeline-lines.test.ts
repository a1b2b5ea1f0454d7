import { engine } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { lineText } from './styled-text.ts';
import { timelineLines } from './timeline-lines.ts';

const facts = {
  'incident.harm': 'serious-harm',
  'incident.abuseOrNeglect': 'suspected',
  'incident.location': 'in-area',
  'events.laBecameAware': '2026-11-03',
};
const result = engine.nextActions(
  {
    incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
    events: { laBecameAware: '2026-11-03' },
  },
  { asOf: '2026-11-23' },
);

describe('the timeline', () => {
  const lines = timelineLines(result, facts, { width: 80, catalogue: engine.catalogue.data }).map(lineText);

  it('puts what happened, today and each due date in date order', () => {
    const order = [
      'Local authority became aware',
      'Notify the Child Safeguarding Practice Review Panel',
      'today',
      'Carry out a rapid review',
    ];
    const at = order.map((words) => lines.findIndex((line) => line.includes(words)));
    expect(at.every((position, index) => position > (at[index - 1] ?? -1))).toBe(true);
  });

  it('marks overdue duties and says how long the gaps are', () => {
    expect(lines.find((line) => line.includes('Notify the Child Safeguarding'))).toMatch(
      /Tue 10 Nov +! +Notify.*\(overdue\)/,
    );
    expect(lines.some((line) => /┆ \d+ (days|weeks)/.test(line))).toBe(true);
  });

  it('fits the width', () => {
    for (const line of timelineLines(result, facts, { width: 40, catalogue: engine.catalogue.data }).map(
      lineText,
    )) {
      expect(line.length).toBeLessThanOrEqual(40);
    }
  });
});
