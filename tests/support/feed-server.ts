import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | ((origin: string) => string | Uint8Array);
  /** Never answer: the request hangs until the client gives up. */
  stall?: boolean;
  /** Announce the whole body, send only this many bytes of it, then drop the connection. */
  cutAfter?: number;
  /** Send no ETag, as servers that keep no validators do. */
  noEtag?: boolean;
}

export interface FeedServer {
  origin: string;
  /** Sets (or replaces) what a path answers; tests change the feed while the extension runs. */
  route(path: string, route: Route): void;
  /** Every request received, oldest first, with the status it was answered (absent while unanswered). */
  requests: { path: string; headers: IncomingHttpHeaders; status?: number }[];
  close(): Promise<void>;
}

/**
 * A local HTTP server for feeds and pictures, on 127.0.0.1 only, that never lets a browser cache. Like most servers,
 * it tags a 200's body with an ETag (unless the route sets one) and answers a request that holds it with a 304.
 */
export async function startFeedServer(port = 0): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const logged: FeedServer['requests'][number] = { path, headers: request.headers };
    requests.push(logged);
    const route = routes.get(path) ?? { status: 404, body: 'Not found', headers: { 'content-type': 'text/plain' } };
    if (route.stall) return;
    const body = typeof route.body === 'function' ? route.body(origin) : (route.body ?? '');
    const status = route.status ?? 200;
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...route.headers };
    if (status === 200 && !route.noEtag && !Object.keys(headers).some((name) => name.toLowerCase() === 'etag')) {
      headers.etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    }
    const etag = Object.entries(headers).find(([name]) => name.toLowerCase() === 'etag')?.[1];
    if (status === 200 && etag !== undefined && request.headers['if-none-match'] === etag) {
      logged.status = 304;
      response.writeHead(304, { 'cache-control': 'no-store', etag }).end();
      return;
    }
    logged.status = status;
    if (route.cutAfter !== undefined) {
      response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
      response.write(
        typeof body === 'string' ? Buffer.from(body).subarray(0, route.cutAfter) : body.subarray(0, route.cutAfter),
      );
      setTimeout(() => response.destroy(), 20);
      return;
    }
    response.writeHead(status, headers);
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
