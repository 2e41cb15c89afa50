import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openNotifiedStory } from '../../../refresh/open-notified-story';
import { refreshFeed } from '../../../refresh/refresh-feed';
import { feedForSource, getArticle, listArticles, markRead, notificationsSetting } from '../../../storage';
import { db } from '../../../storage/db';
import { type FeedServer, startFeedServer } from '../../support/feed-server';
import { resetDb } from '../../support/reset-db';
import { demoTitles, renderDemoFeed } from '../../support/serve-demo';

const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const NOW = Date.now();
const notifications = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, Record<string, unknown>>;

describe('notifications of new stories', () => {
  let server: FeedServer;
  const refresh = async (at: number) => refreshFeed(await feedForSource(`${server.origin}/feed.xml`), at);

  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  beforeEach(async () => {
    await resetDb();
    server.route('/feed.xml', { headers: RSS, body: (origin) => renderDemoFeed(origin, NOW) });
  });

  it('stay off until the reader turns them on', async () => {
    await refresh(NOW);
    expect(notifications()).toEqual({});
  });

  it('name the newest story, once per refresh that found any', async () => {
    await notificationsSetting.setValue(true);
    await refresh(NOW);
    expect(Object.values(notifications())).toEqual([
      expect.objectContaining({ title: 'Info Finance', message: demoTitles()[0], contextMessage: '6 new stories' }),
    ]);

    await fakeBrowser.notifications.clear(Object.keys(notifications())[0] ?? '');
    await refresh(NOW + 60_000);
    expect(notifications()).toEqual({});

    const scoop = '<item><title>Scoop: central bank holds rates</title><guid>scoop</guid></item>';
    server.route('/feed.xml', {
      headers: RSS,
      body: (origin) => renderDemoFeed(origin, NOW).replace('<item>', `${scoop}<item>`),
    });
    await refresh(NOW + 120_000);
    expect(Object.values(notifications())).toEqual([
      expect.objectContaining({ message: 'Scoop: central bank holds rates', contextMessage: 'New story' }),
    ]);
  });

  it('name a story the reader has never seen, not one that came back after being evicted', async () => {
    await refresh(NOW);
    const [first] = (await listArticles({ limit: 1 })).articles;
    if (!first) throw new Error('the demo feed should be stored');
    await markRead(first.id);
    await db.articles.delete(first.id);
    await db.statuses.update(first.id, { sortAt: undefined });

    await notificationsSetting.setValue(true);
    const older =
      '<item><title>Older, but new to the reader</title><guid>older</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>';
    server.route('/feed.xml', {
      headers: RSS,
      body: (origin) => renderDemoFeed(origin, NOW).replace('</channel>', `${older}</channel>`),
    });
    await refresh(NOW + 60_000);
    expect(Object.values(notifications())).toEqual([
      expect.objectContaining({ message: 'Older, but new to the reader', contextMessage: 'New story' }),
    ]);
  });

  it('open the story they name when clicked, and mark it read', async () => {
    await notificationsSetting.setValue(true);
    await refresh(NOW);
    const [id] = Object.keys(notifications());
    await openNotifiedStory(id ?? '');

    const tab = (await fakeBrowser.tabs.query({})).at(-1);
    const story = await getArticle((id ?? '').replace(/^story:/, ''));
    expect(tab?.url).toBe(`${server.origin}/stories/vn-index-two-year-high`);
    expect(story?.read).toBe(true);
    expect(notifications()).toEqual({});
  });
});
