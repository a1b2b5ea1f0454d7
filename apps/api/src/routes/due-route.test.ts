import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { childDeathInput, seriousIncidentInput } from '../testing/fixtures.ts';
import { OTHER_AREA, startTestApp, type TestApp } from '../testing/test-app.ts';

interface DueItem {
  recordType: string;
  recordId: string;
  area: string;
  action: { duty: string; status: string; dueDate: string };
}

describe.each(testBackends())('/v1/due on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'the to-do list', () => {
    let t: TestApp;
    let lateIncident: string;
    let recentIncident: string;
    let otherAreaIncident: string;
    beforeAll(async () => {
      t = await startTestApp(backend);
      // Today is 2026-11-23. Aware on 2 November: the Panel notification was due on 9 November.
      lateIncident = (await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() })).json
        .id;
      const recent = { ...seriousIncidentInput(), incidentDate: '2026-11-20', laBecameAware: '2026-11-20' };
      recentIncident = (await t.call('POST', '/v1/serious-incidents', { body: recent })).json.id;
      await t.call('POST', '/v1/child-deaths', { body: childDeathInput() });
      otherAreaIncident = (
        await t.call('POST', '/v1/serious-incidents', {
          body: seriousIncidentInput(OTHER_AREA),
          token: t.tokens.otherPartner,
        })
      ).json.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists due and overdue actions of the caller’s areas, soonest first', async () => {
      const reply = await t.call('GET', '/v1/due');
      expect(reply.status).toBe(200);
      expect(reply.json.asOf).toBe('2026-11-23');
      const items: DueItem[] = reply.json.items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => ['due', 'overdue'].includes(i.action.status))).toBe(true);
      const dates = items.map((i) => i.action.dueDate);
      expect(dates).toEqual([...dates].sort());
      const notify = (id: string) =>
        items.find((i) => i.recordId === id && i.action.duty === 'si-notify-panel');
      expect(notify(lateIncident)?.action).toMatchObject({ status: 'overdue', dueDate: '2026-11-09' });
      expect(notify(recentIncident)?.action).toMatchObject({ status: 'due', dueDate: '2026-11-27' });
      expect(items.some((i) => i.recordId === otherAreaIncident)).toBe(false);
    });

    it('stops at the before date', async () => {
      const reply = await t.call('GET', '/v1/due?before=2026-11-20');
      const items: DueItem[] = reply.json.items;
      expect(items.every((i) => i.action.dueDate <= '2026-11-20')).toBe(true);
      expect(items.some((i) => i.recordId === recentIncident && i.action.duty === 'si-notify-panel')).toBe(
        false,
      );
    });

    it('shows the panel serious incidents of every area but no child deaths', async () => {
      const items: DueItem[] = (await t.call('GET', '/v1/due', { token: t.tokens.panel })).json.items;
      expect(items.some((i) => i.recordId === otherAreaIncident)).toBe(true);
      expect(items.some((i) => i.recordType === 'child-death')).toBe(false);
    });
  });
});
