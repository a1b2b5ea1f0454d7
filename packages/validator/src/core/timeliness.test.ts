import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lateDuties } from './timeliness.ts';

const example = (path: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../schemas/examples/${path}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

const incident = {
  area: 'E08000034',
  notifier: { role: 'Head of Service' },
  incidentType: 'serious-harm',
  harm: 'serious-harm',
  abuseOrNeglect: 'suspected',
  location: 'in-area',
  incidentDate: '2026-11-01',
  // Monday 2 November 2026: 5 working days later is Monday 9 November.
  laBecameAware: '2026-11-02',
  children: [{ reference: 'C-1', ageYears: 6 }],
  caseOutline: 'Outline.',
  panelNotified: '2026-11-09',
  partnersNotified: '2026-11-09',
};

const summary = (late: ReturnType<typeof lateDuties>) =>
  late.map(({ duty, status, dueDate, pointer }) => ({ duty, status, dueDate, pointer }));

describe('statutory timescales from the engine', () => {
  it.each([
    {
      why: 'a serious incident notified on the fifth working day is on time',
      schemaId: 'serious-incident-input',
      record: incident,
      asOf: '2026-11-23',
      late: [],
    },
    {
      why: 'a serious incident notified more than 5 working days after awareness',
      schemaId: 'serious-incident-input',
      record: { ...incident, panelNotified: '2026-11-10' },
      asOf: '2026-11-23',
      late: [
        { duty: 'si-notify-panel', status: 'done-late', dueDate: '2026-11-09', pointer: '/panelNotified' },
      ],
    },
    {
      why: 'a looked-after child’s death with no notification to the Secretary of State',
      schemaId: 'serious-incident-input',
      record: {
        ...incident,
        incidentType: 'looked-after-child-death',
        harm: 'death',
        children: [{ reference: 'C-1', ageYears: 15, legalStatus: ['looked-after'] }],
        ofstedNotified: '2026-11-03',
      },
      asOf: '2026-11-23',
      late: [
        {
          duty: 'si-notify-lac-death',
          status: 'overdue',
          dueDate: '2026-11-09',
          pointer: '/secretaryOfStateNotified',
        },
      ],
    },
    {
      why: 'an LCSPR published more than 6 months after it began',
      schemaId: 'practice-review',
      record: {
        ...example('practice-review/valid/lcspr-published.json'),
        initiated: '2025-01-10',
        publicationPlanned: undefined,
        sentToPanel: '2025-08-15',
        publication: { outcome: 'published', date: '2025-09-01', url: 'https://example.org/lcspr' },
      },
      asOf: '2026-11-23',
      late: [
        { duty: 'lcspr-publish', status: 'done-late', dueDate: '2025-07-10', pointer: '/publication/date' },
      ],
    },
  ])('$why', ({ schemaId, record, asOf, late }) => {
    const found = lateDuties(schemaId, JSON.parse(JSON.stringify(record)), asOf);
    expect(summary(found)).toEqual(late);
    for (const duty of found) expect(duty.citations.length).toBeGreaterThan(0);
  });

  it('judges a rapid review only with its serious incident, and only for its own duties', () => {
    const review = {
      area: 'E08000034',
      seriousIncidentId: 'si-1',
      started: '2026-11-10',
      completed: '2026-12-15',
    };
    expect(lateDuties('rapid-review-input', review, '2027-01-10')).toEqual([]);
    const found = lateDuties('rapid-review-input', review, '2027-01-10', (id) =>
      id === 'si-1' ? incident : undefined,
    );
    expect(found.map((duty) => [duty.duty, duty.status, duty.pointer])).toContainEqual([
      'rr-complete',
      'done-late',
      '/completed',
    ]);
    expect(found.map((duty) => duty.duty)).not.toContain('si-notify-panel');
  });
});
