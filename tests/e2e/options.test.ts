import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { FeedServer } from '../support/feed-server';
import { demoTitles, renderDemoFeed, serveDemo } from '../support/serve-demo';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');

/** The demo site, plus a web page with no feed and a second feed under another name. */
function serveSites(server: FeedServer): void {
  serveDemo(server);
  server.route('/markets', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><html><head><title>Markets</title></head><body><h1>Markets today</h1></body></html>',
  });
  server.route('/tin-nhanh.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: (origin) => renderDemoFeed(origin).replace('<title>Info Finance</title>', '<title>Tin Nhanh</title>'),
  });
}

/** The feed address the options page saved, as the extension's storage holds it. */
function savedFeedUrl(page: Page): Promise<unknown> {
  type Chrome = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.storage.local.get('feedUrl')).feedUrl;
  });
}

describe.skipIf(!chromiumPath)('the options page of the installed extension', () => {
  const under = useExtension({ serve: serveSites });
  const fetchesOf = (path: string) => under.server.requests.filter((request) => request.path === path);

  it('says plainly that a web page is not a feed, and does not save it', async () => {
    const options = await under.extension.open('options.html');
    const host = new URL(under.server.origin).host;
    await options.getByLabel('Feed URL').fill(`${under.server.origin}/markets`);
    await options.getByRole('button', { name: 'Save' }).click();

    await options
      .getByRole('status')
      .filter({ hasText: `${host} sent a web page, not a news feed. The address was not saved.` })
      .waitFor();
    expect(fetchesOf('/markets')).toHaveLength(1);
    expect(await savedFeedUrl(options)).toBeFalsy();
    await options.close();
  });

  it('accepts a real feed, says what it found, saves it and refreshes from it', async () => {
    const options = await under.extension.open('options.html');
    await options.getByLabel('Feed URL').fill(`${under.server.origin}/tin-nhanh.xml`);
    await options.getByRole('button', { name: 'Save' }).click();

    await options
      .getByRole('status')
      .filter({ hasText: `Found “Tin Nhanh” with ${demoTitles().length} stories. Saved.` })
      .waitFor();
    expect(await savedFeedUrl(options)).toBe(`${under.server.origin}/tin-nhanh.xml`);
    // Once to check it, once more for the refresh that follows the save.
    await expect.poll(() => fetchesOf('/tin-nhanh.xml').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);

    await options.reload();
    await expect.poll(() => options.getByLabel('Feed URL').inputValue()).toBe(`${under.server.origin}/tin-nhanh.xml`);
    await options.close();
  });
});
