import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../db/test-backends.ts';
import { rapidReviewInput, seriousIncidentInput } from '../../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';

/**
 * A case with two rapid reviews answers from the older one. "Older" is the order records were made
 * in, compared as numbers: position 10 comes after position 9, though "10" sorts before "9" as text.
 */
describe.each(testBackends())('the oldest record of a case, on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'in the order made', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers a case from its first rapid review, made ninth, not its second, made tenth', async () => {
      const incident = (
        await t.call('POST', '/v1/serious-incidents', {
          body: { ...seriousIncidentInput(), panelNotified: '2026-11-03' },
        })
      ).json.id;
      for (let made = 2; made < 9; made++)
        await t.call('POST', '/v1/serious-incidents', { body: seriousIncidentInput() });
      const first = await t.call('POST', '/v1/rapid-reviews', {
        body: { ...rapidReviewInput(incident), completed: '2026-11-13' },
      });
      const second = await t.call('POST', '/v1/rapid-reviews', { body: rapidReviewInput(incident) });
      expect([first.status, second.status]).toEqual([201, 201]);
      const { rows } = await t.db.query<{ seq: string }>(
        'select seq::text as seq from records where id = any($1::uuid[]) order by records.seq',
        [[first.json.id, second.json.id]],
      );
      expect(rows.map((row) => row.seq)).toEqual(['9', '10']);
      const reply = await t.call('GET', `/v1/serious-incidents/${incident}/next-actions?asOf=2026-11-23`);
      const complete = reply.json.actions.find((action: { duty: string }) => action.duty === 'rr-complete');
      expect(complete?.status).toMatch(/^done/);
    });
  });
});
