import { browser } from 'wxt/browser';
import { openStoryRequest } from './open-story-request';
import { readerUrl } from './reader-url';

/** Firefox's sidebar, which the Chrome-shaped browser types do not describe. */
type WithSidebar = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the side panel, on a story when given, and closes the popup it was opened from. Must run synchronously in
 * the click: browsers open a panel only in answer to the reader's gesture. Where none can open, a tab shows the page.
 */
export function openSidePanel(windowId: number | undefined, storyId?: string): void {
  if (storyId !== undefined) void openStoryRequest.setValue({ id: storyId, at: Date.now() });
  const inTab = () => void browser.tabs.create({ url: readerUrl(storyId) });
  let opening: Promise<unknown> | undefined;
  try {
    if (import.meta.env.FIREFOX) opening = (browser as unknown as WithSidebar).sidebarAction?.open();
    else if (windowId !== undefined) opening = browser.sidePanel?.open({ windowId });
  } catch {
    opening = undefined;
  }
  if (!opening) {
    inTab();
    return;
  }
  opening.then(() => {
    if (document.body.classList.contains('popup')) window.close();
  }, inTab);
}
