import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../../tests/support/launch-extension';

export interface Viewport {
  width: number;
  height: number;
}

/**
 * Opens one of the extension's pages in a new tab with the probe installed before the page's own scripts, and
 * returns as soon as the navigation commits, so that nothing waits for the load event.
 */
export async function openProbed(
  extension: LoadedExtension,
  probe: string,
  page: string,
  viewport: Viewport,
): Promise<Page> {
  const tab = await extension.context.newPage();
  await tab.addInitScript({ content: probe });
  await tab.setViewportSize(viewport);
  await tab.goto(`chrome-extension://${extension.id}/${page}`, { waitUntil: 'commit' });
  return tab;
}
