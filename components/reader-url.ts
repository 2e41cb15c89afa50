import { browser } from 'wxt/browser';

/** The side panel page as a tab, opened on a story when given: for a new tab, or where no side panel can open. */
export function readerUrl(storyId?: string): string {
  const page = browser.runtime.getURL('/sidepanel.html');
  return storyId === undefined ? page : `${page}#story=${encodeURIComponent(storyId)}`;
}

/** The story a reader URL names, if any. */
export function storyInUrl(hash: string): string | undefined {
  const match = /^#story=(.+)$/.exec(hash);
  if (match?.[1] === undefined) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // A hand-edited address may hold a broken escape: the list, not a blank page.
    return undefined;
  }
}
