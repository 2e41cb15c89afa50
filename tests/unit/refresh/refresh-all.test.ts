import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadRecent } from '../../../offline/download-recent';
import { refreshAll } from '../../../refresh/refresh-all';
import { feedUrlSetting, listArticles, listFeeds } from '../../../storage';
import { answerFetch } from '../../support/answer-fetch';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, renderDemoFeed, serveDemo } from '../../support/serve-demo';

// What a download fetches is tests/unit/offline's to check; here only that one follows each refresh.
vi.mock('../../../offline/download-recent', () => ({ downloadRecent: vi.fn(async () => 0) }));

const MINUTE = 60_000;
const feedFetches = (server: FeedServer, path: string) =>
  server.requests.filter((request) => request.path === path).length;

describe('refreshing the reader’s feed', () => {
  let server: FeedServer;
  let now: number;
  const later = (minutes: number) => {
    now += minutes * MINUTE;
    vi.setSystemTime(now);
  };

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
    now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now });
    await resetDb();
    server.requests.length = 0;
    serveDemo(server);
    await feedUrlSetting.setValue(`${server.origin}/feed.xml`);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('fetches once when Refresh is pressed twice, or in two pages, at the same time', async () => {
    const [first, second] = await Promise.all([refreshAll(), refreshAll({ by: 'page' })]);
    expect(first).toBe(second);
    expect(feedFetches(server, '/feed.xml')).toBe(1);
  });

  it('answers from the database when asked again less than a minute after a success', async () => {
    await refreshAll();
    later(0.5);
    expect(await refreshAll()).toEqual([{ feedId: 1, added: 0 }]);
    expect(feedFetches(server, '/feed.xml')).toBe(1);
    later(1);
    await refreshAll();
    expect(feedFetches(server, '/feed.xml')).toBe(2);
  });

  it('does not fetch when a page opens within 9 minutes of the last try, but does when Refresh is pressed', async () => {
    await refreshAll();
    later(5);
    await refreshAll({ by: 'page' });
    expect(feedFetches(server, '/feed.xml')).toBe(1);
    await refreshAll();
    expect(feedFetches(server, '/feed.xml')).toBe(2);
    later(10);
    await refreshAll({ by: 'page' });
    expect(feedFetches(server, '/feed.xml')).toBe(3);
  });

  it('lets the schedule wait out the back-off, but not the reader', async () => {
    server.route('/feed.xml', { status: 500 });
    await refreshAll({ by: 'schedule' });
    later(5);
    await refreshAll({ by: 'schedule' });
    expect(feedFetches(server, '/feed.xml')).toBe(1);
    await refreshAll();
    expect(feedFetches(server, '/feed.xml')).toBe(2);
  });

  it('makes even the reader wait for the time a Retry-After asked', async () => {
    server.route('/feed.xml', { status: 503, headers: { 'retry-after': '300' } });
    await refreshAll();
    later(2);
    const [outcome] = await refreshAll();
    expect(outcome?.error).toMatchObject({ kind: 'http', httpStatus: 503 });
    expect(feedFetches(server, '/feed.xml')).toBe(1);
    later(4);
    await refreshAll();
    expect(feedFetches(server, '/feed.xml')).toBe(2);
  });

  it('fetches the new address at once when the reader changes feeds during a refresh', async () => {
    const first = refreshAll();
    await feedUrlSetting.setValue(`${server.origin}/other.xml`);
    await Promise.all([first, refreshAll()]);
    expect(feedFetches(server, '/other.xml')).toBe(1);
    expect((await listFeeds()).map((feed) => feed.title).sort()).toEqual(['Info Finance', 'Tin Nhanh']);
    expect((await listArticles({ limit: 50 })).articles.some((article) => article.title === 'Other story')).toBe(true);
  });

  it('discovers the feed from the publisher’s homepage when neither the options page nor the profile names one', async () => {
    await feedUrlSetting.setValue('');
    const page = '<!doctype html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head>';
    const asked = answerFetch({
      'https://infofinance.com/': () => new Response(page, { headers: { 'content-type': 'text/html' } }),
      'https://infofinance.com/feed': () =>
        new Response(renderDemoFeed('https://infofinance.com'), { headers: { 'content-type': 'application/rss+xml' } }),
    });

    const [outcome] = await refreshAll();
    expect(outcome).toMatchObject({ added: demoTitles().length });
    expect(await listFeeds()).toMatchObject([
      { url: 'https://infofinance.com/feed', sourceUrl: 'https://infofinance.com/', discover: true },
    ]);

    later(30);
    await refreshAll({ by: 'schedule' });
    expect(asked.mock.calls.map(([url]) => String(url))).toEqual([
      'https://infofinance.com/',
      'https://infofinance.com/feed',
      'https://infofinance.com/feed',
    ]);
  });

  it('keeps trying the homepage politely when it cannot be reached', async () => {
    await feedUrlSetting.setValue('');
    answerFetch({});
    const [outcome] = await refreshAll({ by: 'schedule' });
    expect(outcome?.error).toMatchObject({ kind: 'network', message: 'Could not reach infofinance.com' });
    const [feed] = await listFeeds();
    expect(feed).toMatchObject({ url: 'https://infofinance.com/', failures: 1, retryAt: now + 10 * MINUTE });
  });

  it('downloads recent stories for reading offline once a refresh is done', async () => {
    vi.mocked(downloadRecent).mockClear();
    const refreshed = refreshAll({ by: 'reader' });
    expect(downloadRecent).not.toHaveBeenCalled();
    await refreshed;
    await vi.waitFor(() => expect(downloadRecent).toHaveBeenCalledTimes(1));
  });
});
