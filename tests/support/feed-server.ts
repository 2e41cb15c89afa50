import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | ((origin: string) => string | Uint8Array);
}

export interface FeedServer {
  origin: string;
  /** Sets (or replaces) what a path answers; tests change the feed while the extension runs. */
  route(path: string, route: Route): void;
  /** Every request received, oldest first. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A local HTTP server for feeds and pictures, on 127.0.0.1 only, that never lets a browser cache. */
export async function startFeedServer(port = 0): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, headers: request.headers });
    const route = routes.get(path) ?? { status: 404, body: 'Not found', headers: { 'content-type': 'text/plain' } };
    const body = typeof route.body === 'function' ? route.body(origin) : (route.body ?? '');
    response.writeHead(route.status ?? 200, { 'cache-control': 'no-store', ...route.headers });
    response.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    route: (path, route) => routes.set(path, route),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
