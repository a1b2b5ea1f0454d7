import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from './db/test-backends.ts';
import { listen, type RunningServer } from './server.ts';
import { seriousIncidentInput } from './testing/fixtures.ts';
import { startTestApp, type TestApp } from './testing/test-app.ts';

/** Raw HTTP, so the test controls Content-Length and chunking exactly. */
function send(
  url: string,
  options: { method: string; path: string; headers: Record<string, string>; chunks?: string[] },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a refused request can leave its socket unusable.
    const req = httpRequest(
      new URL(options.path, url),
      { method: options.method, headers: options.headers, agent: false },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe.each(testBackends())('over a real socket on $name', (backend) => {
  const suite = backend.skipReason ? describe.skip : describe;
  suite(backend.skipReason ?? 'node-server on port 0', () => {
    let t: TestApp;
    let server: RunningServer;
    beforeAll(async () => {
      t = await startTestApp(backend, { bodyLimitBytes: 16 * 1024 });
      server = await listen(t.app, { port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await t?.close();
    });

    const auth = () => ({ authorization: `Bearer ${t.tokens.partner}`, 'content-type': 'application/json' });

    it('listens on loopback and answers health checks', async () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/readyz`);
      expect(await response.json()).toEqual({ status: 'ready' });
    });

    it('creates and reads back records under concurrent requests', async () => {
      const created = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const response = await fetch(`${server.url}/v1/serious-incidents`, {
            method: 'POST',
            headers: auth(),
            body: JSON.stringify(seriousIncidentInput()),
          });
          expect(response.status).toBe(201);
          return ((await response.json()) as { id: string }).id;
        }),
      );
      expect(new Set(created).size).toBe(20);
      const read = await fetch(`${server.url}/v1/serious-incidents/${created[0]}`, { headers: auth() });
      expect(read.status).toBe(200);
      expect(read.headers.get('etag')).toBe('"1"');
    });

    it('refuses a declared Content-Length over the limit without reading the body', async () => {
      // Headers only: the body never comes, so only an answer given without reading it can arrive.
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString();
      });
      const headers = Object.entries({ ...auth(), host: 'localhost', 'content-length': String(1024 * 1024) })
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n');
      socket.write(`POST /v1/next-actions HTTP/1.1\r\n${headers}\r\n\r\n`);
      const deadline = Date.now() + 5000;
      while (!received.includes('\r\n\r\n{') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      socket.destroy();
      expect(received).toMatch(/^HTTP\/1\.1 413 /);
      expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)).type).toBe(
        '/problems/body-too-large',
      );
    });

    it('refuses a chunked body once it grows past the limit', async () => {
      const reply = await send(server.url, {
        method: 'POST',
        path: '/v1/next-actions',
        headers: { ...auth(), 'transfer-encoding': 'chunked' },
        chunks: Array.from({ length: 40 }, () => `${' '.repeat(1024)}`),
      });
      expect(reply.status).toBe(413);
    });

    it('accepts a chunked body under the limit', async () => {
      const body = JSON.stringify({ events: { laBecameAware: '2026-11-19' } });
      const reply = await send(server.url, {
        method: 'POST',
        path: '/v1/next-actions',
        headers: { ...auth(), 'transfer-encoding': 'chunked' },
        chunks: [body.slice(0, 10), body.slice(10)],
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).asOf).toBe('2026-11-23');
    });

    it('survives a deeply nested body sent over the wire, and keeps serving', async () => {
      const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const reply = await send(server.url, {
        method: 'POST',
        path: '/v1/serious-incidents',
        headers: { ...auth(), 'content-length': String(nested.length) },
        chunks: [nested],
      });
      expect(reply.status).toBe(422);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });
});
