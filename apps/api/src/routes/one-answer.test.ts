import {
  factsFromChildDeath,
  factsFromPartnership,
  factsFromPracticeReview,
  factsFromSeriousIncident,
  nextActions,
} from '@safeguarding/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../db/test-backends.ts';
import { inputFor } from '../testing/fixtures.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * One function answers "what is due": a record's next-actions route, POST /v1/next-actions on the
 * record's facts and the engine itself (which `safeguarding next` calls, see the assistant's
 * conformance test) must agree, including for a partnership judged years after its arrangements
 * were published (its standing duties follow the as-of date, not its first event).
 */
const publishedIn2019 = {
  ...inputFor('partnerships'),
  arrangementsPublished: '2019-06-20',
  arrangementsImplemented: '2019-09-20',
};
const CASES = [
  ['partnerships', '2026-11-23', factsFromPartnership, inputFor('partnerships')],
  ['partnerships (published in 2019)', '2026-11-23', factsFromPartnership, publishedIn2019],
  ['partnerships (published in 2019)', '2019-08-01', factsFromPartnership, publishedIn2019],
  ['serious-incidents', '2026-11-23', factsFromSeriousIncident, inputFor('serious-incidents')],
  ['practice-reviews', '2027-01-04', factsFromPracticeReview, inputFor('practice-reviews')],
  ['child-deaths', '2026-11-05', factsFromChildDeath, inputFor('child-deaths')],
] as const;

describe.each(testBackends())('one answer for the same facts on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'record route, stateless route and engine', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it.each(CASES)('%s as of %s', async (name, asOf, toFacts, body) => {
      const collection = name.split(' ')[0]!;
      const created = await t.call('POST', `/v1/${collection}`, { body });
      expect(created.status).toBe(201);
      const facts = (toFacts as (record: unknown) => unknown)(body);
      const fromRecord = await t.call(
        'GET',
        `/v1/${collection}/${created.json.id}/next-actions?asOf=${asOf}`,
      );
      const fromFacts = await t.call('POST', `/v1/next-actions?asOf=${asOf}`, { body: facts });
      const fromEngine = nextActions(facts, { asOf });
      expect(fromRecord.status).toBe(200);
      expect(fromFacts.status).toBe(200);
      expect(fromRecord.json).toEqual(fromEngine);
      expect(fromFacts.json).toEqual(fromEngine);
      expect(fromEngine.actions.length).toBeGreaterThan(0);
    });

    it('judges a partnership in 2026 under Working Together 2023, whatever year it published', async () => {
      const created = await t.call('POST', '/v1/partnerships', { body: publishedIn2019 });
      const reply = await t.call('GET', `/v1/partnerships/${created.json.id}/next-actions?asOf=2026-11-23`);
      expect(reply.json.edition).toBe('wt2023');
      for (const action of reply.json.actions) expect(action.edition, action.duty).toBe('wt2023');
    });
  });
});
