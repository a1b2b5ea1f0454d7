import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createAdaptorServer } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/app-env.ts';
import { PROBLEM_CONTENT_TYPE, problemBody } from './http/problem.ts';
import { SECURITY_HEADER_OBJECT } from './http/security-headers.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * How long a client may take and how many may be connected, so slow or idle clients (slow-loris)
 * cannot hold the server. The defaults never throttle an ordinary client, even one keeping 200
 * connections busy.
 */
export interface ServerLimits {
  /** Time allowed to send a request's headers. */
  headersTimeoutMs: number;
  /** Time allowed to send a whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; further ones are closed on arrival until some end. */
  maxConnections: number;
  /** How often the two request timeouts are checked (Node checks them on a timer, not per socket). */
  timeoutCheckIntervalMs: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
  timeoutCheckIntervalMs: 1_000,
};

/** The listening port was taken, or may not be used; `serve` says so in one line. */
export class ListenError extends Error {
  override name = 'ListenError';
}

/**
 * Serves the app over HTTP. Port 0 picks a free port (tests); the default host is loopback only.
 * Requests Node itself refuses before the app sees them (a malformed request line, headers too
 * large, too slow) are answered as problem+json too.
 */
export function listen(
  app: OpenAPIHono<AppEnv>,
  options: { port: number; hostname?: string; limits?: Partial<ServerLimits> },
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const limits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
    },
  }) as Server;
  server.maxConnections = limits.maxConnections;
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => {
      const where = `${hostname}:${options.port}`;
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError(
              `Port ${options.port} on ${hostname} is already in use: stop what is using it, or choose another --port.`,
            )
          : error.code === 'EACCES'
            ? new ListenError(`This user may not listen on ${where}: choose a port above 1023.`)
            : new ListenError(`Could not listen on ${where} (${error.code ?? error.name}).`),
      );
    };
    server.once('error', refused);
    server.listen(options.port, hostname, () => {
      server.off('error', refused);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${hostname}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

interface ClientErrorAnswer {
  status: 400 | 408 | 431;
  reason: string;
  kind: string;
  title: string;
  detail: string;
}

const CLIENT_ERRORS: Record<string, ClientErrorAnswer> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    kind: 'headers-too-large',
    title: 'Headers too large',
    detail: 'The request headers are larger than this server accepts. Send fewer or shorter headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    kind: 'request-timeout',
    title: 'Request too slow',
    detail: 'The request was not sent in time. Send it again, all at once.',
  },
};

const BAD_REQUEST: ClientErrorAnswer = {
  status: 400,
  reason: 'Bad Request',
  kind: 'bad-request',
  title: 'Bad request',
  detail: 'The request could not be read as HTTP. Check the request line and headers.',
};

/**
 * Node answers requests it cannot parse with a bare status line; this answers them as every other
 * error is answered (RFC 9457 problem+json, security headers), then closes the connection. Nothing
 * from the request is echoed.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const answer = CLIENT_ERRORS[error.code ?? ''] ?? BAD_REQUEST;
  const id = randomUUID();
  const body = JSON.stringify(problemBody(answer, id));
  const headers = {
    ...SECURITY_HEADER_OBJECT,
    'cache-control': 'no-store',
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': id,
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${answer.status} ${answer.reason}\r\n${head}\r\n\r\n${body}`);
}
