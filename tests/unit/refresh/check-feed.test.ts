import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFeed } from '../../../refresh/check-feed';
import { handleMessage } from '../../../refresh/handle-message';
import { listArticles, listFeeds } from '../../../storage';
import { answerFetch } from '../../support/answer-fetch';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, renderDemoFeed } from '../../support/serve-demo';

const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const HTML = { 'content-type': 'text/html; charset=utf-8' };
const NOW = Date.now();

describe('checking a feed address before it is saved', () => {
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/feed.xml', { headers: RSS, body: (origin) => renderDemoFeed(origin, NOW) });
    server.route('/bank', { headers: HTML, body: readFileSync('tests/fixtures/feeds/bankinfo-html-page.html') });
    server.route('/about', { headers: { 'content-type': 'text/plain' }, body: '<!doctype html><title>About</title>' });
    server.route('/notes.txt', { headers: { 'content-type': 'text/plain' }, body: 'Just some notes.' });
    server.route('/busy', { status: 503, headers: { 'retry-after': '120' } });
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
  });
  afterEach(() => vi.restoreAllMocks());

  it('finds a feed’s title and how many stories it has, and stores nothing', async () => {
    const check = await handleMessage({ type: 'check-feed', url: `${server.origin}/feed.xml` });
    expect(check).toEqual({ ok: true, title: 'Info Finance', stories: demoTitles().length });
    expect(await listFeeds()).toEqual([]);
    expect((await listArticles({ limit: 10 })).articles).toEqual([]);
  });

  it('says a web page is not a feed, and names the feed the page declares', async () => {
    expect(await checkFeed(`${server.origin}/bank`, NOW)).toEqual({
      ok: false,
      failure: { kind: 'not-a-feed', message: expect.any(String), at: NOW },
      webPage: true,
      declaredFeed: `${server.origin}/rss/tin-moi.rss`,
    });
  });

  it('knows a web page by its markup when the server calls it something else', async () => {
    expect(await checkFeed(`${server.origin}/about`, NOW)).toMatchObject({ ok: false, webPage: true });
    const notes = await checkFeed(`${server.origin}/notes.txt`, NOW);
    expect(notes).toMatchObject({ ok: false, failure: { kind: 'not-a-feed' } });
    expect(notes).not.toHaveProperty('webPage');
  });

  it.each([
    ['a missing page', '/gone', { kind: 'http', httpStatus: 404 }],
    ['a busy server', '/busy', { kind: 'http', httpStatus: 503 }],
  ])('reports %s with the server’s status', async (_, path, failure) => {
    expect(await checkFeed(`${server.origin}${path}`, NOW)).toMatchObject({ ok: false, failure });
  });

  it('reports a host that cannot be reached', async () => {
    answerFetch({});
    expect(await checkFeed('https://tinnhanh.example/rss.xml', NOW)).toMatchObject({
      ok: false,
      failure: { kind: 'network', message: 'Could not reach tinnhanh.example' },
    });
  });

  it.each([
    ['not a web address', 'tinnhanh.example/rss'],
    ['another scheme', 'file:///etc/passwd'],
    ['not text at all', 42],
  ])('fetches nothing for an address that is %s', async (_, url) => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(await checkFeed(url, NOW)).toMatchObject({ ok: false, failure: { kind: 'invalid-address' } });
    expect(fetch).not.toHaveBeenCalled();
  });
});
