import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshFeed } from '../../../refresh/refresh-feed';
import { type FeedRecord, feedForSource, listArticles, listFeeds, markRead, unreadCount } from '../../../storage';
import { answerFetch } from '../../support/answer-fetch';
import { type FeedServer, type Route, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, renderDemoFeed } from '../../support/serve-demo';

const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.now();

describe('refreshing a feed', () => {
  let server: FeedServer;
  let feedUrl: string;
  let host: string;

  const demo = (path = '/feed.xml', extra: Route = {}) =>
    server.route(path, { headers: RSS, body: (origin) => renderDemoFeed(origin, NOW), ...extra });
  const feed = async (): Promise<FeedRecord> => (await listFeeds())[0] as FeedRecord;
  const stored = async () => (await listArticles({ limit: 50 })).articles;
  const refresh = async (at = NOW) => refreshFeed(await feed(), at);
  const fetchesOf = (path: string) => server.requests.filter((request) => request.path === path);

  beforeAll(async () => {
    server = await startFeedServer();
    feedUrl = `${server.origin}/feed.xml`;
    host = new URL(server.origin).host;
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
    demo();
    await feedForSource(feedUrl);
  });
  afterEach(() => vi.restoreAllMocks());

  it('stores every story and records the title, validators, encoding and counts of a 200', async () => {
    const outcome = await refresh();
    expect(outcome).toEqual({ feedId: 1, added: demoTitles().length });
    expect((await stored()).map((article) => article.title)).toEqual(demoTitles());
    expect(await feed()).toMatchObject({
      title: 'Info Finance',
      etag: expect.stringMatching(/^".+"$/),
      httpStatus: 200,
      encoding: 'utf-8',
      itemsSeen: demoTitles().length,
      itemsNew: demoTitles().length,
      lastAttemptAt: NOW,
      lastSuccessAt: NOW,
      bodyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('counts a refresh whose stories were saved as done, even when the clean-up after it fails', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.reject(new Error('Storage estimate failed')) } });
    try {
      expect(await refresh()).toEqual({ feedId: 1, added: demoTitles().length });
      expect(await feed()).toMatchObject({ lastSuccessAt: NOW, httpStatus: 200 });
      expect((await feed()).lastError).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('asks with the stored ETag, and on a 304 keeps every story and records that nothing was new', async () => {
    await refresh();
    const etag = (await feed()).etag;
    const outcome = await refresh(NOW + 30 * MINUTE);
    expect(fetchesOf('/feed.xml').at(-1)).toMatchObject({ headers: { 'if-none-match': etag }, status: 304 });
    expect(outcome).toEqual({ feedId: 1, added: 0 });
    expect(await feed()).toMatchObject({ httpStatus: 304, itemsNew: 0, lastSuccessAt: NOW + 30 * MINUTE, etag });
    expect(await stored()).toHaveLength(demoTitles().length);
  });

  it('does not parse or save the same bytes again when the server keeps no validators', async () => {
    demo('/feed.xml', { noEtag: true });
    await refresh();
    const outcome = await refresh(NOW + 30 * MINUTE);
    expect(fetchesOf('/feed.xml').at(-1)?.status).toBe(200);
    expect(outcome.added).toBe(0);
    expect(await feed()).toMatchObject({ httpStatus: 200, itemsNew: 0, lastSuccessAt: NOW + 30 * MINUTE });
    // Saving rewrites every story's fetchedAt: an untouched one proves the body went no further than its hash.
    expect((await stored()).every((article) => article.fetchedAt === NOW)).toBe(true);
  });

  it('counts only the stories it has not seen before', async () => {
    await refresh();
    const extra = '<item><title>Breaking: rates cut</title><guid>rates-cut</guid></item>';
    server.route('/feed.xml', {
      headers: RSS,
      body: (origin) => renderDemoFeed(origin, NOW).replace('<item>', `${extra}<item>`),
    });
    expect(await refresh(NOW + 30 * MINUTE)).toMatchObject({ added: 1 });
    expect(await feed()).toMatchObject({ itemsSeen: demoTitles().length + 1, itemsNew: 1 });
  });

  it('adds nothing and turns nothing unread when the feed gives every story a new id', async () => {
    await refresh();
    const [first] = await stored();
    await markRead(first?.id ?? '');
    const renamed = (origin: string) =>
      renderDemoFeed(origin, NOW).replace(/<guid isPermaLink="false">demo-/g, '<guid isPermaLink="false">v2-');
    server.route('/feed.xml', { headers: RSS, body: renamed });

    expect(await refresh(NOW + 30 * MINUTE)).toMatchObject({ added: 0 });
    expect(await stored()).toHaveLength(demoTitles().length);
    expect(await unreadCount()).toBe(demoTitles().length - 1);
  });

  it('keeps the stories a truncated feed still holds whole', async () => {
    const whole = renderDemoFeed(server.origin, NOW);
    server.route('/feed.xml', {
      headers: RSS,
      body: whole.slice(0, whole.indexOf('<item>', whole.indexOf('<item>') + 1) + 40),
    });
    const outcome = await refresh();
    expect(outcome).toEqual({ feedId: 1, added: 1 });
    expect((await stored()).map((article) => article.title)).toEqual(demoTitles().slice(0, 1));
  });

  describe('when it fails', () => {
    const failures: [string, Route, (host: string) => Partial<FeedRecord>, number][] = [
      [
        'the server fails (500)',
        { status: 500, body: 'oops' },
        (host) => ({
          httpStatus: 500,
          lastError: { kind: 'http', httpStatus: 500, message: `${host} answered 500 Internal Server Error`, at: NOW },
        }),
        10 * MINUTE,
      ],
      [
        'the feed is gone (410)',
        { status: 410, body: 'gone' },
        (host) => ({
          httpStatus: 410,
          lastError: { kind: 'http', httpStatus: 410, message: `${host} answered 410 Gone`, at: NOW },
        }),
        24 * 60 * MINUTE,
      ],
      [
        'the address serves a web page',
        { headers: { 'content-type': 'text/html' }, body: '<!doctype html><p>Hi</p>' },
        () => ({ httpStatus: 200, lastError: { kind: 'not-a-feed', message: 'This address is not a feed.', at: NOW } }),
        10 * MINUTE,
      ],
      [
        'the connection drops in the middle of the body',
        { headers: RSS, body: (origin) => renderDemoFeed(origin, NOW), cutAfter: 600, noEtag: true },
        (host) => ({ lastError: { kind: 'network', message: `Could not reach ${host}`, at: NOW } }),
        10 * MINUTE,
      ],
    ];

    it.each(failures)('keeps the saved stories and records why when %s', async (_, route, recorded, wait) => {
      await refresh(NOW - 60 * MINUTE);
      server.route('/feed.xml', route);

      const outcome = await refresh();
      expect(outcome.error).toEqual(recorded(host).lastError);
      expect(await feed()).toMatchObject({
        ...recorded(host),
        lastAttemptAt: NOW,
        lastSuccessAt: NOW - 60 * MINUTE,
        failures: 1,
        retryAt: NOW + wait,
      });
      expect(await stored()).toHaveLength(demoTitles().length);
    });

    it('gives up on a server that does not answer, saying it took too long', async () => {
      await refresh(NOW - 60 * MINUTE);
      const timeout = AbortSignal.timeout.bind(AbortSignal);
      vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(50));
      server.route('/feed.xml', { stall: true });

      expect((await refresh()).error).toEqual({ kind: 'timeout', message: `${host} took too long to answer`, at: NOW });
      expect(await stored()).toHaveLength(demoTitles().length);
    });

    it('says it could not reach a host whose name does not resolve', async () => {
      await refresh(NOW - 60 * MINUTE);
      answerFetch({});
      expect((await refresh()).error).toEqual({ kind: 'network', message: `Could not reach ${host}`, at: NOW });
      expect((await feed()).httpStatus).toBeUndefined();
    });

    it('honours Retry-After on a 429: even the Refresh button waits that long, the schedule longer', async () => {
      server.route('/feed.xml', { status: 429, headers: { 'retry-after': '120' } });
      await refresh();
      expect(await feed()).toMatchObject({
        httpStatus: 429,
        serverRetryAt: NOW + 2 * MINUTE,
        retryAt: NOW + 10 * MINUTE,
      });
    });

    it('waits twice as long after each failure in a row, and forgets the failures after a success', async () => {
      server.route('/feed.xml', { status: 500 });
      await refresh(NOW);
      await refresh(NOW + 10 * MINUTE);
      await refresh(NOW + 30 * MINUTE);
      expect(await feed()).toMatchObject({ failures: 3, retryAt: NOW + 30 * MINUTE + 40 * MINUTE });

      demo();
      await refresh(NOW + 70 * MINUTE);
      const recovered = await feed();
      expect([recovered.failures, recovered.retryAt, recovered.lastError]).toEqual([undefined, undefined, undefined]);
    });

    it('records a 404 of a feed it was given, since there is no page to find it again from', async () => {
      server.route('/feed.xml', { status: 404, body: 'Not found' });
      expect((await refresh()).error).toMatchObject({ kind: 'http', httpStatus: 404 });
    });
  });

  describe('moving', () => {
    const homepage = (feedPath: string) =>
      server.route('/', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="${feedPath}"></head><body>News</body></html>`,
      });

    beforeEach(async () => {
      await resetDb();
    });

    it('finds a feed from the homepage on the first refresh, and remembers where it is', async () => {
      homepage('/feed.xml');
      await feedForSource(`${server.origin}/`, { discover: true });
      expect(await refresh()).toEqual({ feedId: 1, added: demoTitles().length });
      expect(await feed()).toMatchObject({
        url: feedUrl,
        sourceUrl: `${server.origin}/`,
        discover: true,
        httpStatus: 200,
      });

      server.requests.length = 0;
      await refresh(NOW + 30 * MINUTE);
      expect(server.requests.map((request) => request.path)).toEqual(['/feed.xml']);
    });

    it('finds the feed again from the homepage when it answers 404, keeping every story', async () => {
      homepage('/feed.xml');
      await feedForSource(`${server.origin}/`, { discover: true });
      await refresh();
      server.route('/feed.xml', { status: 404 });
      homepage('/news/rss.xml');
      demo('/news/rss.xml');
      server.requests.length = 0;

      const outcome = await refresh(NOW + 30 * MINUTE);
      expect(outcome).toEqual({ feedId: 1, added: 0 });
      expect(server.requests.map((request) => request.path)).toEqual(['/feed.xml', '/', '/news/rss.xml']);
      expect(await feed()).toMatchObject({ id: 1, url: `${server.origin}/news/rss.xml`, httpStatus: 200 });
      expect(await stored()).toHaveLength(demoTitles().length);
    });

    it('looks for a feed that answers 404 again at most once in 6 hours, even when the reader presses Refresh', async () => {
      homepage('/feed.xml');
      await feedForSource(`${server.origin}/`, { discover: true });
      await refresh();
      server.route('/feed.xml', { status: 404 });
      const lookedAgainAt = async (...hours: number[]) => {
        const looked = [];
        for (const hour of hours) {
          server.requests.length = 0;
          expect((await refresh(NOW + hour * HOUR)).error).toMatchObject({ kind: 'http', httpStatus: 404 });
          looked.push(server.requests.some((request) => request.path !== '/feed.xml'));
        }
        return looked;
      };
      expect(await lookedAgainAt(1, 2, 6.5, 7.5)).toEqual([true, false, false, true]);
    });

    it.each<[string, Route, Partial<FeedRecord>]>([
      ['429', { status: 429, headers: { 'retry-after': '120' } }, { httpStatus: 429, serverRetryAt: NOW + 2 * MINUTE }],
      ['503', { status: 503, headers: { 'retry-after': '300' } }, { httpStatus: 503, serverRetryAt: NOW + 5 * MINUTE }],
    ])(
      'records a homepage’s %s and its Retry-After while it looks for a feed that answers 404',
      async (_, route, recorded) => {
        homepage('/feed.xml');
        await feedForSource(`${server.origin}/`, { discover: true });
        await refresh(NOW - HOUR);
        server.route('/feed.xml', { status: 404 });
        server.route('/', route);

        expect((await refresh()).error).toMatchObject({ kind: 'http', httpStatus: recorded.httpStatus });
        expect(await feed()).toMatchObject({ ...recorded, failures: 1, lastAttemptAt: NOW });
      },
    );

    it('records that the homepage took too long while it looks for a feed that answers 404', async () => {
      homepage('/feed.xml');
      await feedForSource(`${server.origin}/`, { discover: true });
      await refresh(NOW - HOUR);
      server.route('/feed.xml', { status: 404 });
      server.route('/', { stall: true });
      const timeout = AbortSignal.timeout.bind(AbortSignal);
      vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(50));

      expect((await refresh()).error).toEqual({ kind: 'timeout', message: `${host} took too long to answer`, at: NOW });
    });

    it('says no feed was found when the homepage leads to none', async () => {
      server.route('/', { headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>News</title>' });
      server.route('/feed.xml', { status: 404 });
      await feedForSource(`${server.origin}/`, { discover: true });
      expect((await refresh()).error).toMatchObject({ kind: 'no-feed-found' });
    });

    it('follows a redirect, and moves the feed there once the same redirect is seen twice', async () => {
      demo();
      server.route('/old.xml', { status: 301, headers: { location: '/feed.xml' } });
      await feedForSource(`${server.origin}/old.xml`);

      expect(await refresh()).toMatchObject({ added: demoTitles().length });
      expect(await feed()).toMatchObject({ url: `${server.origin}/old.xml`, redirectedTo: feedUrl });
      await refresh(NOW + 30 * MINUTE);
      expect(await feed()).toMatchObject({ url: feedUrl, sourceUrl: `${server.origin}/old.xml`, httpStatus: 304 });

      server.requests.length = 0;
      await refresh(NOW + 60 * MINUTE);
      expect(server.requests.map((request) => [request.path, request.status])).toEqual([['/feed.xml', 304]]);
    });
  });
});
