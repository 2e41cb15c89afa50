import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { handleMessage } from '../../../refresh/handle-message';
import { REFRESH_ALARM } from '../../../refresh/schedule-refresh';
import { feedUrlSetting, listArticles } from '../../../storage';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, serveDemo } from '../../support/serve-demo';

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200 && !(await condition()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the background', () => {
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer();
    serveDemo(server);
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.requests.length = 0;
    await feedUrlSetting.setValue(`${server.origin}/feed.xml`);
    background.main();
  });

  it('fetches and stores the feed as soon as the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await until(async () => (await listArticles({ limit: 50 })).articles.length === demoTitles().length);
    expect((await listArticles({ limit: 50 })).articles.map((article) => article.title)).toEqual(demoTitles());
  });

  it('creates a refresh alarm every 30 minutes and refreshes when it fires', async () => {
    await until(async () => (await fakeBrowser.alarms.get(REFRESH_ALARM)) !== undefined);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(30);

    await fakeBrowser.alarms.onAlarm.trigger({
      name: REFRESH_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 30,
      persistAcrossSessions: true,
    });
    await until(async () => (await listArticles({ limit: 50 })).articles.length > 0);
    expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(1);
  });

  it('fetches once when Refresh is pressed twice in a row', async () => {
    const [first, second] = await Promise.all([handleMessage({ type: 'refresh' }), handleMessage({ type: 'refresh' })]);
    expect(first).toEqual(second);
    expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(1);
  });

  it('ignores messages that are not its own', () => {
    expect(handleMessage({ type: 'something-else' })).toBeUndefined();
    expect(handleMessage('refresh')).toBeUndefined();
  });

  it('says there is no feed to read when none is configured', async () => {
    await feedUrlSetting.setValue('');
    const outcomes = await handleMessage({ type: 'refresh' });
    expect(outcomes?.[0]?.error?.kind).toBe('no-feed');
  });
});
