import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshFeed } from '../../../refresh/refresh-feed';
import { ensureFeed, listArticles, listFeeds } from '../../../storage';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, renderDemoFeed } from '../../support/serve-demo';

const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };

describe('refreshing a feed', () => {
  let server: FeedServer;
  let feedUrl: string;

  beforeAll(async () => {
    server = await startFeedServer();
    feedUrl = `${server.origin}/feed.xml`;
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
    server.route('/feed.xml', { headers: { ...RSS, etag: '"v1"' }, body: (origin) => renderDemoFeed(origin) });
  });

  it("stores every story of the feed and the feed's title", async () => {
    const outcome = await refreshFeed(await ensureFeed(feedUrl));
    expect(outcome).toMatchObject({ added: demoTitles().length });
    expect(outcome.error).toBeUndefined();
    expect((await listArticles({ limit: 50 })).articles.map((article) => article.title)).toEqual(demoTitles());
    expect((await listFeeds())[0]).toMatchObject({ title: 'Info Finance', etag: '"v1"' });
  });

  it('asks with the stored ETag next time, and keeps every story when the server says nothing changed', async () => {
    await refreshFeed(await ensureFeed(feedUrl));
    server.route('/feed.xml', { status: 304, headers: { etag: '"v1"' } });

    const outcome = await refreshFeed(await ensureFeed(feedUrl));
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(outcome).toEqual({ feedId: 1, added: 0 });
    expect((await listArticles({ limit: 50 })).articles).toHaveLength(demoTitles().length);
  });

  it('counts only the stories it has not seen before', async () => {
    await refreshFeed(await ensureFeed(feedUrl));
    const extra = `<item><title>Breaking: rates cut</title><guid>rates-cut</guid></item>`;
    server.route('/feed.xml', {
      headers: RSS,
      body: (origin) => renderDemoFeed(origin).replace('<item>', `${extra}<item>`),
    });
    expect(await refreshFeed(await ensureFeed(feedUrl))).toMatchObject({ added: 1 });
  });

  it.each([
    ['the server fails', { status: 500, body: 'oops' }, 'http'],
    [
      'the address serves a web page',
      { headers: { 'content-type': 'text/html' }, body: '<!doctype html><p>Hi</p>' },
      'not-a-feed',
    ],
  ])('keeps the saved stories and records why when %s', async (_, route, kind) => {
    await refreshFeed(await ensureFeed(feedUrl));
    server.route('/feed.xml', route);

    const outcome = await refreshFeed(await ensureFeed(feedUrl));
    expect(outcome.error?.kind).toBe(kind);
    expect((await listFeeds())[0]?.lastError?.kind).toBe(kind);
    expect((await listArticles({ limit: 50 })).articles).toHaveLength(demoTitles().length);
  });

  it('records a network failure when nothing answers, and clears it on the next success', async () => {
    const dead = await ensureFeed('http://127.0.0.1:9/feed.xml');
    expect((await refreshFeed(dead)).error?.kind).toBe('network');

    const live = await ensureFeed(feedUrl);
    await refreshFeed(live);
    expect((await listFeeds()).find((feed) => feed.id === live.id)?.lastError).toBeUndefined();
  });
});
