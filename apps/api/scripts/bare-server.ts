// The yardstick for the benchmark: a bare Hono route on the same Node adapter, reading a JSON body
// and answering JSON, with nothing of ours in between. Prints its URL once listening.
import { serve } from '@hono/node-server';
import { nextActions } from '@safeguarding/rules';
import { Hono } from 'hono';

const app = new Hono();
app.post('/bare', async (c) => {
  const body = (await c.req.json()) as Record<string, unknown>;
  return c.json({ ok: true, keys: Object.keys(body).length });
});
// The engine alone behind a bare route: separates the cost of the answer (its work and its size) from
// the cost of the API around it.
app.post('/bare-engine', async (c) => c.json(nextActions(await c.req.json(), { asOf: '2026-11-23' })));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.error(`Listening on http://127.0.0.1:${info.port}`);
});
