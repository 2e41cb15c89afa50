import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { handleMessage } from '../../../refresh/handle-message';
import type { RefreshStatus } from '../../../refresh/messages';
import { refreshAll } from '../../../refresh/refresh-all';
import { REFRESH_ALARM } from '../../../refresh/schedule-refresh';
import { feedUrlSetting, listArticles, markRead, refreshIntervalSetting } from '../../../storage';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, serveDemo } from '../../support/serve-demo';

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200 && !(await condition()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const badge = () => fakeBrowser.action.getBadgeText({});

describe('the background', () => {
  let server: FeedServer;
  const feedFetches = () => server.requests.filter((request) => request.path === '/feed.xml');

  beforeAll(async () => {
    server = await startFeedServer();
    serveDemo(server);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
    await feedUrlSetting.setValue(`${server.origin}/feed.xml`);
    // The fake browser has no permissions API.
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  it.each([
    ['the extension is installed', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' })],
    ['the browser starts', () => fakeBrowser.runtime.onStartup.trigger()],
  ])('fetches and stores the feed when %s', async (_, happen) => {
    await happen();
    // A refresh asked for while one runs shares it: this waits for the one just started.
    await refreshAll({ by: 'schedule' });
    expect((await listArticles({ limit: 50 })).articles.map((article) => article.title)).toEqual(demoTitles());
    expect(feedFetches()).toHaveLength(1);
  });

  it('creates a refresh alarm every 30 minutes, first firing within the second half of a period', async () => {
    await until(async () => (await fakeBrowser.alarms.get(REFRESH_ALARM)) !== undefined);
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(alarm?.periodInMinutes).toBe(30);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 14.9 * 60_000);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 30 * 60_000);
  });

  it('refreshes when the alarm fires', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REFRESH_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 30,
      persistAcrossSessions: true,
    });
    await refreshAll({ by: 'schedule' });
    expect(feedFetches()).toHaveLength(1);
    expect((await listArticles({ limit: 50 })).articles).toHaveLength(demoTitles().length);
  });

  it('re-creates the alarm when the reader changes how often to refresh, never under 5 minutes', async () => {
    await refreshIntervalSetting.setValue(60);
    await until(async () => (await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes === 60);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(60);
    await refreshIntervalSetting.setValue(1);
    await until(async () => (await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes === 5);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(5);
  });

  it('shows the unread count on the toolbar icon after a refresh and after each read', async () => {
    await handleMessage({ type: 'refresh' });
    await until(async () => (await badge()) === String(demoTitles().length));
    expect(await badge()).toBe(String(demoTitles().length));

    const [first] = (await listArticles({ limit: 1 })).articles;
    await markRead(first?.id ?? '');
    await until(async () => (await badge()) === String(demoTitles().length - 1));
    expect(await badge()).toBe(String(demoTitles().length - 1));
  });

  it('fetches once when Refresh is pressed twice in a row', async () => {
    const [first, second] = await Promise.all([handleMessage({ type: 'refresh' }), handleMessage({ type: 'refresh' })]);
    expect(first).toEqual(second);
    expect(feedFetches()).toHaveLength(1);
  });

  it('tells a page how the feed is, and whether it is being refreshed', async () => {
    const refreshing = handleMessage({ type: 'refresh' });
    expect(await handleMessage({ type: 'status' })).toMatchObject({ refreshing: true, feed: { id: 1 } });
    await refreshing;
    const status = (await handleMessage({ type: 'status' })) as RefreshStatus;
    expect(status).toMatchObject({ refreshing: false, feed: { httpStatus: 200, itemsSeen: demoTitles().length } });
  });

  it('ignores messages that are not its own', () => {
    expect(handleMessage({ type: 'something-else' })).toBeUndefined();
    expect(handleMessage({ type: 'toString' })).toBeUndefined();
    expect(handleMessage('refresh')).toBeUndefined();
  });
});
