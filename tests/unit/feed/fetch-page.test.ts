import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { FetchError } from '../../../feed/fetch-error';
import { fetchPage } from '../../../feed/fetch-page';
import { failureOf, useHandlerServer } from '../../support/handler-server';

const served = useHandlerServer();
const { routes } = served;

let pages = 0;

/** Serves a body at an address of its own, and gives the address. */
function serve(body: Uint8Array | string, headers: Record<string, string> = {}): string {
  const path = `/page-${++pages}`;
  routes.set(path, (_request, response) => response.writeHead(200, headers).end(body));
  return `${served.origin}${path}`;
}

const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const PAGE = '<!doctype html><html><head><title>Story</title></head><body><p>Giá vàng tăng</p></body></html>';
// "café €10 – “quoted”" in windows-1252: 0x80 is the euro sign, 0x96 the en dash, 0x93/0x94 the curly quotes.
const WINDOWS_1252_TEXT = 'caf\xe9 \x8010 \x96 \x93quoted\x94';
const READ_AS_1252 = 'café €10 – “quoted”';

describe('fetchPage', () => {
  it('gives the page’s HTML and its address, asking for HTML first', async () => {
    let accept: string | undefined;
    routes.set('/story', (request, response) => {
      accept = request.headers.accept;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    });
    expect(await fetchPage(`${served.origin}/story`)).toEqual({ url: `${served.origin}/story`, html: PAGE });
    expect(accept?.startsWith('text/html')).toBe(true);
  });

  it('asks without the reader’s cookies, as feeds are asked', async () => {
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(PAGE, { headers: { 'Content-Type': 'text/html' } }));
    try {
      await fetchPage('https://infofinance.com/story');
      expect(spy.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit', redirect: 'follow' });
    } finally {
      spy.mockRestore();
    }
  });

  it('follows redirects and gives the final address, which the page’s links are read against', async () => {
    const story = serve(PAGE, { 'Content-Type': 'text/html' });
    routes.set('/s/1', (_request, response) => response.writeHead(301, { Location: story }).end());
    expect(await fetchPage(`${served.origin}/s/1`)).toEqual({ url: story, html: PAGE });
  });

  it.each([
    ['with no Content-Type at all', {}],
    ['served as XHTML', { 'Content-Type': 'application/xhtml+xml' }],
    ['served as HTML in capitals with parameters', { 'Content-Type': 'Text/HTML; Charset="UTF-8"' }],
  ])('takes a page %s', async (_case, headers) => {
    expect((await fetchPage(serve(PAGE, headers))).html).toBe(PAGE);
  });

  it.each([
    [
      'the Content-Type charset',
      latin1(`<p>${WINDOWS_1252_TEXT}</p>`),
      { 'Content-Type': 'text/html; charset=windows-1252' },
      `<p>${READ_AS_1252}</p>`,
    ],
    [
      'a BOM over the Content-Type',
      utf8(`\ufeff<p>Giá vàng</p>`),
      { 'Content-Type': 'text/html; charset=windows-1252' },
      '<p>Giá vàng</p>',
    ],
    [
      '<meta charset>',
      latin1(`<html><head><meta charset="windows-1252"></head><p>${WINDOWS_1252_TEXT}</p>`),
      { 'Content-Type': 'text/html' },
      `<html><head><meta charset="windows-1252"></head><p>${READ_AS_1252}</p>`,
    ],
    [
      '<meta http-equiv="content-type"> naming iso-8859-1, which means windows-1252',
      latin1(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>${WINDOWS_1252_TEXT}</p>`),
      {},
      `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>${READ_AS_1252}</p>`,
    ],
    [
      '<meta charset> when the server’s "utf-8" cannot be right',
      latin1(`<meta charset=windows-1252><p>${WINDOWS_1252_TEXT}</p>`),
      { 'Content-Type': 'text/html; charset=utf-8' },
      `<meta charset=windows-1252><p>${READ_AS_1252}</p>`,
    ],
    [
      '<meta charset> when the server’s charset is unknown',
      latin1(`<meta charset="windows-1252"><p>${WINDOWS_1252_TEXT}</p>`),
      { 'Content-Type': 'text/html; charset=klingon' },
      `<meta charset="windows-1252"><p>${READ_AS_1252}</p>`,
    ],
    [
      'UTF-8 when a <meta> says UTF-16 (a page read as ASCII cannot be)',
      utf8('<meta charset="utf-16"><p>Giá vàng</p>'),
      {},
      '<meta charset="utf-16"><p>Giá vàng</p>',
    ],
    [
      'UTF-8 when nothing is declared, composed (NFC)',
      utf8('<p>Gia\u0301 va\u0300ng</p>'),
      { 'Content-Type': 'text/html' },
      '<p>Giá vàng</p>',
    ],
    [
      'windows-1252 when nothing is declared and the bytes are not UTF-8',
      latin1(`<p>${WINDOWS_1252_TEXT}</p>`),
      {},
      `<p>${READ_AS_1252}</p>`,
    ],
  ])('decodes by %s', async (_case, bytes, headers, expected) => {
    expect((await fetchPage(serve(bytes, headers))).html).toBe(expected);
  });

  it.each([
    ['after the first 1024 bytes', `<!--${' '.repeat(1024)}--><meta charset="windows-1252"><p>Giá</p>`],
    ['inside a comment', '<!-- <meta charset="windows-1252"> --><p>Giá</p>'],
  ])('ignores a <meta charset> %s', async (_case, page) => {
    expect((await fetchPage(serve(utf8(page), { 'Content-Type': 'text/html' }))).html).toBe(page);
  });

  it('says in words which server answered with which HTTP error', async () => {
    const error = await failureOf(fetchPage(`${served.origin}/missing`));
    expect(error).toMatchObject({ kind: 'http', status: 404, url: `${served.origin}/missing` });
    expect(error.message).toBe(`${new URL(served.origin).host} answered 404 Not Found`);
  });

  it.each([
    ['a PDF', 'application/pdf'],
    ['a picture', 'image/jpeg'],
    ['a feed', 'application/rss+xml; charset=utf-8'],
  ])('refuses %s as not-html, without reading it', async (_case, type) => {
    const path = `/page-${++pages}`;
    // The body never ends: reading it would wait for the timeout.
    routes.set(path, (_request, response) => response.writeHead(200, { 'Content-Type': type }).write('%PDF-1.7'));
    const error = await failureOf(fetchPage(`${served.origin}${path}`, { timeoutMs: 2_000 }));
    expect(error.kind).toBe('not-html');
    expect(error.message).toBe(`${new URL(served.origin).host} sent ${type.split(';')[0]}, not a web page`);
  });

  it('refuses a declared Content-Length over 5 MB without reading the body', async () => {
    routes.set('/declared-huge', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(5 * 1024 * 1024 + 1) });
      response.write('<html>');
    });
    const error = await failureOf(fetchPage(`${served.origin}/declared-huge`, { timeoutMs: 2_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(`${new URL(served.origin).host} sent a page larger than 5 MB`);
  });

  it('gives up on a page that streams past 5 MB', async () => {
    routes.set('/huge', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 81 && response.write(chunk)) sent++;
        if (sent < 81) response.once('drain', pump);
        else response.end();
      };
      pump();
    });
    expect((await failureOf(fetchPage(`${served.origin}/huge`))).kind).toBe('too-large');
  });

  it('reads a page of exactly 5 MB', async () => {
    const body = 'x'.repeat(5 * 1024 * 1024);
    expect((await fetchPage(serve(body, { 'Content-Type': 'text/html' }))).html.length).toBe(body.length);
  });

  it('times out a server that does not answer, saying it took too long', async () => {
    routes.set('/slow', () => undefined);
    const error = await failureOf(fetchPage(`${served.origin}/slow`, { timeoutMs: 100 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`${new URL(served.origin).host} took too long to answer`);
  });

  it('times out a page that stops halfway', async () => {
    routes.set('/stalled', (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).write('<p>'),
    );
    expect((await failureOf(fetchPage(`${served.origin}/stalled`, { timeoutMs: 200 }))).kind).toBe('timeout');
  });

  it('reports a cancelled request as aborted', async () => {
    const controller = new AbortController();
    const pending = fetchPage(`${served.origin}/slow`, { signal: controller.signal });
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('aborted');
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failureOf(fetchPage(`http://127.0.0.1:${port}/story`));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not reach 127.0.0.1:${port}`);
  });
});
