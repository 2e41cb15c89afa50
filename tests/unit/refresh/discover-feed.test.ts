import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { discoverFeed } from '../../../refresh/discover-feed';
import { FeedNotFoundError } from '../../../refresh/feed-not-found-error';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { renderDemoFeed } from '../../support/serve-demo';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const RSS = { 'content-type': 'application/rss+xml' };

describe('discovering a site’s feed', () => {
  let server: FeedServer;
  const page = (head: string) => server.route('/', { headers: HTML, body: `<!doctype html><head>${head}</head>` });
  const paths = () => server.requests.map((request) => request.path);

  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    for (const path of ['/', '/feed', '/rss', '/feed.xml', '/rss.xml', '/news.xml', '/comments.xml']) {
      server.route(path, { status: 404 });
    }
  });

  it('takes the first feed the page declares that parses, skipping a broken one', async () => {
    page(
      '<link rel="alternate" type="application/rss+xml" href="/news.xml"><link rel="alternate" type="application/rss+xml" href="/rss.xml">',
    );
    server.route('/rss.xml', { headers: RSS, body: (origin) => renderDemoFeed(origin) });
    const found = await discoverFeed(`${server.origin}/`);
    expect(found.fetched.url).toBe(`${server.origin}/rss.xml`);
    expect(found.parsed.title).toBe('Info Finance');
    expect(paths()).toEqual(['/', '/news.xml', '/rss.xml']);
  });

  it('tries the conventional addresses when the page declares none', async () => {
    page('<title>News</title>');
    server.route('/rss', { headers: RSS, body: (origin) => renderDemoFeed(origin) });
    expect((await discoverFeed(`${server.origin}/`)).fetched.url).toBe(`${server.origin}/rss`);
    expect(paths()).toEqual(['/', '/feed', '/rss']);
  });

  it('takes the page itself when it is a feed', async () => {
    server.route('/', { headers: RSS, body: (origin) => renderDemoFeed(origin) });
    expect((await discoverFeed(`${server.origin}/`)).fetched.url).toBe(`${server.origin}/`);
    expect(paths()).toEqual(['/']);
  });

  it('skips the address known to be gone', async () => {
    page('<link rel="alternate" type="application/rss+xml" href="/feed.xml">');
    server.route('/rss', { headers: RSS, body: (origin) => renderDemoFeed(origin) });
    await discoverFeed(`${server.origin}/`, `${server.origin}/feed.xml`);
    expect(paths()).not.toContain('/feed.xml');
  });

  it('says no feed was found when nothing parses', async () => {
    page('<title>News</title>');
    await expect(discoverFeed(`${server.origin}/`)).rejects.toBeInstanceOf(FeedNotFoundError);
  });

  it('stops probing as soon as the site says it is too busy', async () => {
    page('<link rel="alternate" type="application/rss+xml" href="/news.xml">');
    server.route('/news.xml', { status: 429, headers: { 'retry-after': '60' } });
    await expect(discoverFeed(`${server.origin}/`)).rejects.toMatchObject({ kind: 'http', status: 429 });
    expect(paths()).toEqual(['/', '/news.xml']);
  });
});
