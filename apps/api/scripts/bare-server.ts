// The yardstick for the benchmark: bare Hono routes on the same Node adapter, nothing of ours in
// between: /healthz, and the engine answering posted facts (the work of POST /v1/next-actions with
// no authentication, checks, headers or audit). Prints its URL once listening.
import { serve } from '@hono/node-server';
import { nextActions } from '@safeguarding/rules';
import { Hono } from 'hono';

const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.post('/v1/next-actions', async (c) =>
  c.json(nextActions(await c.req.json(), { asOf: new Date().toISOString().slice(0, 10) })),
);
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.error(`Listening on http://127.0.0.1:${info.port}`);
});
