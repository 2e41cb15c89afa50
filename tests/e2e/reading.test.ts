import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../support/feed-server';
import { launchExtension } from '../support/launch-extension';
import { demoTitles, serveDemo } from '../support/serve-demo';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');
const POPUP = { width: 380, height: 600 };
const PANEL = { width: 420, height: 800 };
const [VN_INDEX = '', GOLD = ''] = demoTitles();

/** The open story's article in the side panel. */
function reader(panel: Page) {
  return panel.locator('article.reader');
}

describe.skipIf(!chromiumPath)('reading in the side panel', () => {
  const under = useExtension();

  it('opens a story clicked in the popup in the side panel, whole, with a link to the original, and marks it read', async () => {
    const panel = await under.extension.open('sidepanel.html', PANEL);
    await panel.getByRole('link', { name: VN_INDEX }).waitFor();
    const popup = await under.extension.open('popup.html', POPUP);
    await popup.getByRole('link', { name: `Unread: ${VN_INDEX}` }).click();

    await reader(panel).getByRole('heading', { name: VN_INDEX }).waitFor();
    await reader(panel).getByText('lifting the VN-Index to its best close in two years').waitFor();
    const original = reader(panel).getByRole('link', { name: 'Read on 127.0.0.1' });
    const address = `http://127.0.0.1:${inject('feedPort')}/stories/vn-index-two-year-high`;
    expect(await original.getAttribute('href')).toBe(address);
    // The popup closes itself once the side panel has opened, as a popup should; opened again, it shows the story read.
    if (!popup.isClosed()) await popup.close();
    const again = await under.extension.open('popup.html', POPUP);
    await again.getByRole('link', { name: new RegExp(`^${VN_INDEX}`) }).waitFor();

    // "/" from the reader goes straight to the search box.
    await panel.keyboard.press('/');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await panel.keyboard.type('gia');
    await panel.locator('.story-scroller[data-shown-query="gia"]').waitFor();
    await again.close();
    await panel.close();
  });

  it('finds a Vietnamese story when the words are typed without their tones', async () => {
    const panel = await under.extension.open('sidepanel.html', PANEL);
    await panel.getByRole('link', { name: VN_INDEX }).waitFor();
    await panel.keyboard.press('/');
    await panel.keyboard.type('gia vang');
    await panel.locator('.story-scroller[data-shown-query="gia vang"]').waitFor();
    await panel.getByRole('link', { name: GOLD }).waitFor();
    expect(await panel.getByRole('link', { name: VN_INDEX }).count()).toBe(0);
    await panel.close();
  });

  it('moves through stories with j and k, opens with o, stars with s, and goes back with Escape', async () => {
    const panel = await under.extension.open('sidepanel.html', PANEL);
    await panel.getByRole('link', { name: VN_INDEX }).waitFor();
    await panel.keyboard.press('j');
    await panel.keyboard.press('j');
    await panel.keyboard.press('o');
    await reader(panel).getByRole('heading', { name: GOLD }).waitFor();
    await panel.keyboard.press('k');
    await reader(panel).getByRole('heading', { name: VN_INDEX }).waitFor();
    await panel.keyboard.press('s');
    await reader(panel).locator('[aria-pressed="true"]').waitFor();
    await panel.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Starred' }).click();
    await expect.poll(() => panel.getByRole('link', { name: GOLD }).count()).toBe(0);
    await panel.getByRole('link', { name: VN_INDEX }).waitFor();
    await panel.close();
  });
});

describe.skipIf(!chromiumPath)('a starred story', () => {
  let server: FeedServer;
  const profileDir = mkdtempSync(join(tmpdir(), 'reader-restart-'));
  beforeAll(async () => {
    server = await startFeedServer(inject('feedPort'));
    serveDemo(server);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('stays starred after a refresh and after the browser restarts', async () => {
    const first = await launchExtension(chromiumPath, inject('extensionDir'), { userDataDir: profileDir });
    try {
      const panel = await first.open('sidepanel.html', PANEL);
      await panel.getByRole('link', { name: GOLD }).click();
      await reader(panel).getByRole('button', { name: /^Star/ }).click();
      await reader(panel).locator('[aria-pressed="true"]').waitFor();
      await panel.keyboard.press('Escape');
      await panel.getByRole('button', { name: 'Refresh' }).click();
      await panel.getByRole('button', { name: 'Refresh' }).and(panel.locator(':enabled')).waitFor();
      await panel.getByRole('button', { name: 'Starred' }).click();
      await panel.getByRole('link', { name: GOLD }).waitFor();
    } finally {
      await first.close();
    }

    const again = await launchExtension(chromiumPath, inject('extensionDir'), { userDataDir: profileDir });
    try {
      const panel = await again.open('sidepanel.html', PANEL);
      await panel.getByRole('link', { name: VN_INDEX }).waitFor();
      await panel.getByRole('button', { name: 'Starred' }).click();
      await panel.getByRole('link', { name: GOLD }).waitFor();
      await expect.poll(() => panel.getByRole('link', { name: VN_INDEX }).count()).toBe(0);
    } finally {
      await again.close();
    }
  });
});
