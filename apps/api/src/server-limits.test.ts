import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from './db/test-backends.ts';
import { listen, type RunningServer } from './server.ts';
import { startTestApp, type TestApp } from './testing/test-app.ts';

/**
 * What Node answers before the app runs, and how the server treats slow and idle clients. The
 * storage plays no part here, so one backend is enough. Timeouts are shortened so each case takes
 * well under a second or two; the defaults are the same mechanisms at production lengths.
 */
const LIMITS = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  keepAliveTimeoutMs: 300,
  timeoutCheckIntervalMs: 100,
  maxConnections: 24,
};

/** A raw connection that collects what the server sends and notes when it closes. */
function rawClient(port: number) {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString();
  });
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => {
    const started = Date.now();
    socket.on('close', () => resolve(Date.now() - started));
  });
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, connected, received: () => received };
}

/** Status, headers and problem body of a raw HTTP response. */
function parseResponse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 2),
    ]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: body ? JSON.parse(body) : undefined };
}

const [pglite] = testBackends();

describe('the HTTP server’s own limits', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    if (!pglite) throw new Error('no PGlite backend');
    t = await startTestApp(pglite);
    server = await listen(t.app, { port: 0, limits: LIMITS });
  });
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it.each([
    ['a malformed header line', 'GET /healthz HTTP/1.1\r\nHost: a\r\nthis is not a header\r\n\r\n', 400],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400],
    [
      'headers larger than the server takes',
      `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
  ])('answers %s as problem+json, as the app would', async (_case, request, status) => {
    const client = rawClient(server.port);
    await client.connected;
    client.socket.write(request);
    await client.closed;
    const response = parseResponse(client.received());
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) });
    expect(response.body.instance).toBe(`urn:uuid:${response.headers['x-request-id']}`);
  });

  it('drops slow-loris clients after the headers timeout and keeps serving everyone else', async () => {
    const slow = Array.from({ length: 16 }, () => rawClient(server.port));
    await Promise.all(slow.map((client) => client.connected));
    for (const client of slow) client.socket.write('GET /healthz HTTP/1.1\r\nHost: a\r\n');
    // One header line every 50 ms: never finishing, always just in time for a per-read idle timer.
    const trickle = setInterval(() => {
      for (const client of slow) if (client.socket.writable) client.socket.write('X-Slow: 1\r\n');
    }, 50);
    try {
      const served: number[] = [];
      for (let i = 0; i < 10; i++) served.push((await fetch(`${server.url}/healthz`)).status);
      expect(served.every((status) => status === 200)).toBe(true);
      const lifetimes = await Promise.all(slow.map((client) => client.closed));
      // Closed by the headers timeout (checked every 100 ms), long before they finished.
      for (const lifetime of lifetimes) expect(lifetime).toBeLessThan(LIMITS.headersTimeoutMs + 1000);
      expect(parseResponse(slow[0]?.received() ?? '').status).toBe(408);
    } finally {
      clearInterval(trickle);
    }
  });

  it('closes a connection that never sends a request, and an idle keep-alive one', async () => {
    const silent = rawClient(server.port);
    const idle = rawClient(server.port);
    await Promise.all([silent.connected, idle.connected]);
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n');
    expect(await silent.closed).toBeLessThan(LIMITS.headersTimeoutMs + 1000);
    // Node keeps an idle keep-alive socket a further second past keepAliveTimeout (its buffer against
    // a client reusing it at the last moment).
    expect(await idle.closed).toBeLessThan(LIMITS.keepAliveTimeoutMs + 2000);
    expect(parseResponse(idle.received()).status).toBe(200);
  });

  it('refuses connections beyond the cap, and serves again once they are freed', async () => {
    const held: ReturnType<typeof rawClient>[] = [];
    for (let i = 0; i < LIMITS.maxConnections; i++) {
      const client = rawClient(server.port);
      await client.connected;
      held.push(client);
    }
    const extra = rawClient(server.port);
    // Over the cap the server closes the connection at once, without an answer.
    expect(await extra.closed).toBeLessThan(LIMITS.headersTimeoutMs);
    expect(extra.received()).toBe('');
    for (const client of held) client.socket.destroy();
    await Promise.all(held.map((client) => client.closed));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('safeguarding-api serve on a port already in use', () => {
  it('says so in one line, with no stack trace, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const bin = fileURLToPath(new URL('../bin/safeguarding-api.js', import.meta.url));
      const child = spawn(
        process.execPath,
        [bin, 'serve', '--port', String(port), '--data', mkdtempSync(join(tmpdir(), 'sg-busy-'))],
        { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `Port ${port} on 127.0.0.1 is already in use: stop what is using it, or choose another --port.`,
      ]);
    } finally {
      blocker.close();
    }
  }, 30_000);
});
