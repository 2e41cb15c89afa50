import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../support/feed-server';
import { SUMMARY_STORIES, serveSummaryStories } from '../support/serve-summary-stories';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');
const PANEL = { width: 420, height: 900 };
const [STARRED, OTHER] = SUMMARY_STORIES;

/** Whether every picture of the open story is drawn: each is scrolled into view first, since pictures load lazily. */
async function picturesOf(panel: Page): Promise<{ src: string; width: number }[]> {
  return panel.evaluate(async () => {
    const images = [...document.querySelectorAll<HTMLImageElement>('article.reader img')];
    for (const image of images) {
      image.scrollIntoView();
      await image.decode().catch(() => undefined);
    }
    return images.map((image) => ({ src: image.currentSrc || image.src, width: image.naturalWidth }));
  });
}

async function openStory(panel: Page, title: string): Promise<void> {
  await panel.getByRole('link', { name: new RegExp(title) }).click();
  await panel.locator('article.reader').getByRole('heading', { name: title }).waitFor();
}

describe.skipIf(!chromiumPath)('stories saved whole for reading with no network', () => {
  let site: FeedServer;
  beforeAll(async () => {
    site = await startFeedServer();
  });
  afterAll(async () => {
    await site?.close().catch(() => undefined);
  });
  const under = useExtension({ serve: (feed) => serveSummaryStories(feed, site) });

  it('shows each summary-only story whole, with every picture, once the network is gone', async () => {
    const panel = await under.extension.open('sidepanel.html', PANEL);
    // Every story is downloaded after the refresh: its page read whole, its pictures saved.
    await expect
      .poll(() => panel.getByRole('img', { name: 'Downloaded' }).count(), { timeout: 30_000 })
      .toBe(SUMMARY_STORIES.length);
    const fetched = site.requests.map((request) => request.path);
    expect(fetched).toContain(`/articles/${OTHER?.slug}`);
    expect(fetched).toContain(`/media/${OTHER?.slug}-inline.png`);

    await under.extension.context.setOffline(true);
    await site.close();
    await panel.getByText('Offline').first().waitFor();
    for (const story of SUMMARY_STORIES) {
      await openStory(panel, story.title);
      await panel.locator('article.reader').getByText(story.onlyOnPage).waitFor();
      const pictures = await picturesOf(panel);
      // The lead picture and the one in the text, both from the saved copy.
      expect(pictures).toHaveLength(2);
      for (const picture of pictures) {
        expect(picture.src).toMatch(/^blob:/);
        expect(picture.width).toBeGreaterThan(0);
        // The saved copy the page shows (an SVG among them) carries no script, even opened on its own.
        const saved = await panel.evaluate(async (src) => (await fetch(src)).text(), picture.src);
        expect(saved).not.toMatch(/<script/i);
      }
      await panel.keyboard.press('Escape');
    }
    await panel.close();
  });

  it('keeps a starred story’s pictures when the others’ are removed', async () => {
    const panel = await under.extension.open('sidepanel.html', PANEL);
    await openStory(panel, STARRED?.title ?? '');
    await panel.locator('article.reader').getByRole('button', { name: /^Star/ }).click();
    await panel.locator('article.reader [aria-pressed="true"]').waitFor();
    await panel.keyboard.press('Escape');

    const options = await under.extension.open('options.html');
    await options.getByRole('button', { name: 'Remove downloaded pictures' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: /freed|removed/i })
      .waitFor();
    await options.close();

    await expect.poll(() => panel.getByRole('img', { name: 'Downloaded' }).count()).toBe(1);
    await openStory(panel, STARRED?.title ?? '');
    const kept = await picturesOf(panel);
    expect(kept.map((picture) => picture.width > 0 && picture.src.startsWith('blob:'))).toEqual([true, true]);
    await panel.keyboard.press('Escape');

    await openStory(panel, OTHER?.title ?? '');
    await panel
      .locator('article.reader')
      .getByText(OTHER?.onlyOnPage ?? '')
      .waitFor();
    const dropped = await picturesOf(panel);
    expect(dropped.every((picture) => !picture.src.startsWith('blob:') && picture.width === 0)).toBe(true);
    await under.extension.context.setOffline(false);
    await panel.close();
  });
});
