import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { FetchError } from '../../feed/fetch-error';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * For a test file that answers requests by hand (headers, pauses, cut streams): a server on 127.0.0.1, started before
 * its tests and closed after, that answers each path with the handler `routes` holds for it, else 404. Gives its
 * origin, and the paths' table.
 */
export function useHandlerServer(): { readonly origin: string; routes: Map<string, Handler> } {
  const routes = new Map<string, Handler>();
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const handler = routes.get(request.url ?? '');
      if (handler) handler(request, response);
      else response.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    get origin() {
      return origin;
    },
    routes,
  };
}

/** The FetchError a fetch rejected with; anything else, or no rejection, fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected a FetchError');
}
