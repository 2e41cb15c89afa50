import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../../feed/fetch-error';
import { fetchPicture, MAX_PICTURE_BYTES } from '../../../feed/fetch-picture';
import { failureOf, type Handler, useHandlerServer } from '../../support/handler-server';

const served = useHandlerServer();
const { routes } = served;

let pictures = 0;

/** Answers at an address of its own, and gives the address. */
function route(handler: Handler): string {
  const path = `/picture-${++pictures}`;
  routes.set(path, handler);
  return `${served.origin}${path}`;
}

function serve(body: Uint8Array | string, headers: Record<string, string>): string {
  return route((_request, response) => response.writeHead(200, headers).end(body));
}

// The eight bytes every PNG starts with.
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

describe('fetchPicture', () => {
  it('gives the picture’s bytes and its media type, without parameters', async () => {
    const picture = await fetchPicture(serve(PNG, { 'Content-Type': 'image/PNG; name=a.png' }));
    expect(picture.type).toBe('image/png');
    expect(picture.data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(picture.data)]).toEqual([...PNG]);
  });

  it('takes an SVG, which is image/svg+xml', async () => {
    const picture = await fetchPicture(serve(SVG, { 'Content-Type': 'image/svg+xml' }));
    expect(picture.type).toBe('image/svg+xml');
    expect(new TextDecoder().decode(picture.data)).toBe(SVG);
  });

  it('tells no site who asks: no cookies, no Referer', async () => {
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(PNG, { headers: { 'Content-Type': 'image/png' } }));
    try {
      await fetchPicture('https://cdn.example.net/a.png');
      expect(spy.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    // The body never ends: reading it would wait for the timeout.
    const url = route((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': String(MAX_PICTURE_BYTES + 1) });
      response.write(PNG);
    });
    const error = await failureOf(fetchPicture(url, { timeoutMs: 2_000 }));
    expect(error).toMatchObject({ kind: 'too-large', url });
    expect(error.message).toBe(`${new URL(served.origin).host} sent a picture larger than 5 MB`);
  });

  it('gives up on a picture that streams past maxBytes', async () => {
    const url = route((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'image/jpeg' });
      for (let i = 0; i < 4; i++) response.write(new Uint8Array(1024));
      response.end();
    });
    expect((await failureOf(fetchPicture(url, { maxBytes: 3000 }))).kind).toBe('too-large');
  });

  it('keeps a picture of exactly maxBytes', async () => {
    const picture = await fetchPicture(serve(new Uint8Array(3000), { 'Content-Type': 'image/gif' }), {
      maxBytes: 3000,
    });
    expect(picture.data.byteLength).toBe(3000);
  });

  it.each([
    ['a web page', { 'Content-Type': 'text/html; charset=utf-8' }, 'text/html'],
    ['bytes of no particular type', { 'Content-Type': 'application/octet-stream' }, 'application/octet-stream'],
    ['no Content-Type at all', {}, 'no type'],
  ])('refuses %s as not-image', async (_case, headers, named) => {
    const error = await failureOf(fetchPicture(serve(PNG, headers)));
    expect(error.kind).toBe('not-image');
    expect(error.message).toBe(`${new URL(served.origin).host} sent ${named}, not a picture`);
  });

  it('says which HTTP error the server answered', async () => {
    const error = await failureOf(fetchPicture(`${served.origin}/missing.jpg`));
    expect(error).toMatchObject({ kind: 'http', status: 404, url: `${served.origin}/missing.jpg` });
    expect(error.message).toBe(`${new URL(served.origin).host} answered 404 Not Found`);
  });

  it('times out a server that does not answer', async () => {
    const error = await failureOf(
      fetchPicture(
        route(() => undefined),
        { timeoutMs: 100 },
      ),
    );
    expect(error.kind).toBe('timeout');
  });

  it('times out a picture that stops halfway', async () => {
    const url = route((_request, response) => response.writeHead(200, { 'Content-Type': 'image/png' }).write(PNG));
    expect((await failureOf(fetchPicture(url, { timeoutMs: 200 }))).kind).toBe('timeout');
  });

  it('reports a refused fetch (an unreachable host, or CORS) as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(fetchPicture(`http://127.0.0.1:${port}/a.png`));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not fetch a picture from 127.0.0.1:${port}`);
  });
});
