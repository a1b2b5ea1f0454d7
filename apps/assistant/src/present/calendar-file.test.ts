import { engine } from '@safeguarding/rules';
import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendar-file.ts';

const result = engine.nextActions(
  {
    incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
    events: { laBecameAware: '2026-11-23', partnersNotified: '2026-11-24' },
  },
  { asOf: '2026-11-24' },
);

describe('the due dates as an iCalendar file', () => {
  const ics = calendarFile(result, engine.catalogue.data)!;
  const events = ics.split('BEGIN:VEVENT').slice(1);

  it('has one all-day event for each dated duty not yet done', () => {
    const open = result.actions.filter(
      (action) => action.dueDate !== null && !action.status.startsWith('done'),
    );
    expect(events).toHaveLength(open.length);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201');
    expect(ics).not.toMatch(/DURATION/);
    expect(ics).toContain('SUMMARY:Due: Notify the Child Safeguarding Practice Review Panel');
    expect(ics).not.toContain('Tell the safeguarding partners');
  });

  it('reminds five days before and the day before', () => {
    for (const event of events) {
      expect(event.match(/BEGIN:VALARM/g)).toHaveLength(2);
      expect(event).toContain('TRIGGER:-P4DT15H');
      expect(event).toContain('TRIGGER:-PT15H');
    }
  });

  it('is the same file for the same answer', () => {
    expect(calendarFile(result, engine.catalogue.data)).toBe(ics);
  });

  it('is nothing when no duty has a date', () => {
    expect(
      calendarFile(engine.nextActions({ events: {} }, { asOf: '2026-11-24' }), engine.catalogue.data),
    ).toBeUndefined();
  });
});
