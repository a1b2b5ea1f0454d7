import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http/app-env.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the app over HTTP. Port 0 picks a free port (tests); the default host is loopback only. */
export function listen(
  app: OpenAPIHono<AppEnv>,
  options: { port: number; hostname?: string },
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${hostname}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
