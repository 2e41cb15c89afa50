import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { FetchError, fetchFeed } from '../../../feed/fetch-feed';
import { MAX_FEED_BYTES } from '../../../feed/parse-feed';
import { failureOf, useHandlerServer } from '../../support/handler-server';

const served = useHandlerServer();
const { routes } = served;

const RSS = '<rss version="2.0"><channel><title>t</title></channel></rss>';

describe('fetchFeed', () => {
  it('returns the body as bytes with its type, ETag and Last-Modified, asking for feeds first', async () => {
    let accept: string | undefined;
    routes.set('/ok', (request, response) => {
      accept = request.headers.accept;
      response
        .writeHead(200, {
          'Content-Type': 'application/rss+xml; charset=utf-8',
          ETag: '"v1"',
          'Last-Modified': 'Tue, 05 Mar 2024 10:00:00 GMT',
        })
        .end(RSS);
    });
    const result = await fetchFeed(`${served.origin}/ok`);
    expect(result).toMatchObject({
      status: 'ok',
      url: `${served.origin}/ok`,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
    expect(result.status === 'ok' && new TextDecoder().decode(result.body)).toBe(RSS);
    expect(accept?.startsWith('application/rss+xml, application/atom+xml, application/feed+json')).toBe(true);
  });

  it('sends If-None-Match and If-Modified-Since and reports a 304 as not-modified', async () => {
    routes.set('/conditional', (request, response) => {
      const fresh =
        request.headers['if-none-match'] === '"v1"' &&
        request.headers['if-modified-since'] === 'Tue, 05 Mar 2024 10:00:00 GMT';
      if (fresh) response.writeHead(304, { ETag: '"v1"' }).end();
      else response.writeHead(200).end(RSS);
    });
    const result = await fetchFeed(`${served.origin}/conditional`, {
      etag: '"v1"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
    expect(result).toEqual({
      status: 'not-modified',
      url: `${served.origin}/conditional`,
      etag: '"v1"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
  });

  it('follows redirects and gives the final URL', async () => {
    routes.set('/moved', (_request, response) => response.writeHead(301, { Location: '/moved-2' }).end());
    routes.set('/moved-2', (_request, response) => response.writeHead(308, { Location: `${served.origin}/ok` }).end());
    routes.set('/temporary', (_request, response) => response.writeHead(302, { Location: '/moved' }).end());
    expect(await fetchFeed(`${served.origin}/moved`)).toMatchObject({ status: 'ok', url: `${served.origin}/ok` });
    expect(await fetchFeed(`${served.origin}/temporary`)).toMatchObject({ status: 'ok', url: `${served.origin}/ok` });
  });

  it('says when it was redirected, and not when it was not', async () => {
    routes.set('/old-home', (_request, response) => response.writeHead(301, { Location: '/ok' }).end());
    expect(await fetchFeed(`${served.origin}/old-home`)).toMatchObject({
      redirected: true,
      url: `${served.origin}/ok`,
    });
    expect(await fetchFeed(`${served.origin}/ok`)).not.toHaveProperty('redirected');
  });

  it('leaves redirects to fetch, so a browser (which hides them) fetches a redirected feed once', async () => {
    const calls: (RequestInit | undefined)[] = [];
    // As a browser answers outside a navigation: redirect 'manual' gives only an opaque redirect.
    const browserFetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
      calls.push(init);
      if (init?.redirect === 'manual')
        return Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
      return Object.defineProperty(new Response(RSS), 'url', { value: 'https://example.com/final.xml' });
    });
    try {
      const result = await fetchFeed('https://example.com/moved.xml');
      expect(result).toMatchObject({ status: 'ok', url: 'https://example.com/final.xml' });
      expect(calls.map((init) => init?.redirect)).toEqual(['follow']);
    } finally {
      browserFetch.mockRestore();
    }
  });

  it('says in words which server answered with which HTTP error', async () => {
    const error = await failureOf(fetchFeed(`${served.origin}/missing`));
    expect(error).toMatchObject({ kind: 'http', status: 404, url: `${served.origin}/missing` });
    expect(error.message).toBe(`${new URL(served.origin).host} answered 404 Not Found`);
  });

  it('reads Retry-After in seconds on a 429 and as an HTTP date on a 503', async () => {
    routes.set('/busy', (_request, response) => response.writeHead(429, { 'Retry-After': '120' }).end());
    routes.set('/down', (_request, response) =>
      response.writeHead(503, { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }).end(),
    );
    expect(await failureOf(fetchFeed(`${served.origin}/busy`))).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    const down = await failureOf(fetchFeed(`${served.origin}/down`));
    expect(down.retryAfterMs).toBeGreaterThan(50_000);
    expect(down.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('gives up on a body larger than maxBytes while it streams in', async () => {
    routes.set('/huge', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && response.write(chunk)) sent++;
        if (sent < 64) response.once('drain', pump);
        else response.end();
      };
      pump();
    });
    const error = await failureOf(fetchFeed(`${served.origin}/huge`, { maxBytes: 256 * 1024 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(`${new URL(served.origin).host} sent a feed larger than 256 KB`);
  });

  it('caps a feed at the parser’s 10 MB by default, refusing a larger Content-Length unread', async () => {
    routes.set('/declared-huge', (_request, response) => {
      response.writeHead(200, { 'Content-Length': String(MAX_FEED_BYTES + 1) }).write('<rss>');
    });
    const error = await failureOf(fetchFeed(`${served.origin}/declared-huge`));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(`${new URL(served.origin).host} sent a feed larger than 10 MB`);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    routes.set('/declared', (_request, response) =>
      response.writeHead(200, { 'Content-Length': '2048' }).end('x'.repeat(2048)),
    );
    expect((await failureOf(fetchFeed(`${served.origin}/declared`, { maxBytes: 1024 }))).kind).toBe('too-large');
  });

  it('times out a server that does not answer, saying it took too long', async () => {
    routes.set('/slow', () => undefined);
    const error = await failureOf(fetchFeed(`${served.origin}/slow`, { timeoutMs: 100 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`${new URL(served.origin).host} took too long to answer`);
  });

  it('reports a cancelled request as aborted', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(`${served.origin}/slow`, { signal: controller.signal });
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('aborted');
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(fetchFeed(`http://127.0.0.1:${port}/feed`));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not reach 127.0.0.1:${port}`);
  });
});
