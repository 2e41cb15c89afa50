import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoTitles, renderDemoFeed } from '../support/serve-demo';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');
const POPUP = { width: 380, height: 600 };
const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const SCOOP = 'Scoop: the central bank holds its policy rate';

/** The text on the toolbar icon, as the extension's own page reads it. */
function badgeText(page: Page): Promise<string> {
  type Chrome = { action: { getBadgeText(details: object): Promise<string> } };
  return page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
}

describe.skipIf(!chromiumPath)('refreshing in the installed extension', () => {
  const under = useExtension();
  const feedAnswers = () =>
    under.server.requests.filter((request) => request.path === '/feed.xml').map((request) => request.status);

  it('asks the publisher conditionally, and an unchanged feed is answered 304', async () => {
    const popup = await under.extension.open('popup.html', POPUP);
    await popup.getByRole('link', { name: demoTitles()[0] }).waitFor();
    await expect
      .poll(() => feedAnswers().filter((status) => status === 304).length, { timeout: 20_000 })
      .toBeGreaterThan(1);
    expect(feedAnswers()[0]).toBe(200);
    await popup.close();
  });

  it('shows a story the publisher adds when the schedule next fires, without a reload, and counts it on the icon', async () => {
    const popup = await under.extension.open('popup.html', POPUP);
    for (const title of demoTitles()) await popup.getByRole('link', { name: title }).waitFor();
    const scoop = `<item><title>${SCOOP}</title><guid>scoop</guid><pubDate>${new Date().toUTCString()}</pubDate></item>`;
    under.server.route('/feed.xml', {
      headers: RSS,
      body: (origin) => renderDemoFeed(origin).replace('<item>', `${scoop}<item>`),
    });

    await popup.getByRole('link', { name: SCOOP }).waitFor({ timeout: 20_000 });
    await expect.poll(() => badgeText(popup)).toBe(String(demoTitles().length + 1));
    await popup.close();
  });

  it('keeps every saved story on show when the server fails, and says what went wrong and when they were saved', async () => {
    const popup = await under.extension.open('popup.html', POPUP);
    await popup.getByRole('link', { name: SCOOP }).waitFor();
    under.server.route('/feed.xml', { status: 500, body: 'Internal Server Error' });

    await popup.getByText(`127.0.0.1:${inject('feedPort')} answered with an error (500).`).waitFor({ timeout: 20_000 });
    await popup.getByText(/^Showing stories saved (just now|\d+ minutes? ago)\.$/).waitFor();
    for (const title of [SCOOP, ...demoTitles()]) {
      expect(await popup.getByRole('link', { name: title }).isVisible()).toBe(true);
    }
    await popup.close();
  });
});
