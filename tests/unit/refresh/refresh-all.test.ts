import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refreshAll } from '../../../refresh/refresh-all';
import { feedUrlSetting, listArticles, listFeeds } from '../../../storage';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { serveDemo } from '../../support/serve-demo';

const feedFetches = (server: FeedServer, path: string) =>
  server.requests.filter((request) => request.path === path).length;

describe('refreshing the reader’s feed', () => {
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer();
    serveDemo(server);
    server.route('/other.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss version="2.0"><channel><title>Tin Nhanh</title><item><title>Other story</title><guid>o1</guid></item></channel></rss>',
    });
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
    await feedUrlSetting.setValue(`${server.origin}/feed.xml`);
  });

  it('does not fetch again when a page opens right after a refresh, but does when Refresh is pressed', async () => {
    await refreshAll();
    await refreshAll({ onlyIfStale: true });
    expect(feedFetches(server, '/feed.xml')).toBe(1);
    await refreshAll();
    expect(feedFetches(server, '/feed.xml')).toBe(2);
  });

  it('fetches on opening when the feed has never been tried', async () => {
    await refreshAll({ onlyIfStale: true });
    expect(feedFetches(server, '/feed.xml')).toBe(1);
  });

  it('fetches the new address at once when the reader changes feeds during a refresh', async () => {
    const first = refreshAll();
    await feedUrlSetting.setValue(`${server.origin}/other.xml`);
    await Promise.all([first, refreshAll()]);
    expect(feedFetches(server, '/other.xml')).toBe(1);
    expect((await listFeeds()).map((feed) => feed.title).sort()).toEqual(['Info Finance', 'Tin Nhanh']);
    expect((await listArticles({ limit: 50 })).articles.some((article) => article.title === 'Other story')).toBe(true);
  });
});
