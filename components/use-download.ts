import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '../publisher/origin-pattern';
import type { ArticleView, FeedFailure, OfflineCopy } from '../storage';
import { askBackground } from './ask-background';
import { webUrl } from './web-url';

/** Where the reader's last download of the open story stands: under way, saved (whole or not), or failed. */
export type DownloadState =
  | { kind: 'busy' }
  | { kind: 'done'; copy: OfflineCopy }
  | { kind: 'failed'; failure: FeedFailure }
  | { kind: 'no-answer' };

/** The sites of the pictures the extension was not allowed to fetch, as host permissions to ask for. */
function deniedOrigins(copy: OfflineCopy | undefined): string[] {
  const origins = new Set<string>();
  for (const { url, why } of copy?.missing ?? []) {
    const address = why === 'no-access' ? webUrl(url) : undefined;
    if (address) origins.add(originPattern(address));
  }
  return [...origins];
}

function askForAccess(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Asks the background to save the open story whole, with its pictures; first, inside the reader's click (browsers
 * prompt only then), for access to the sites of pictures an earlier download was refused. The state belongs to the
 * story it was started for: moving to another story shows none.
 */
export function useDownload(
  article: Pick<ArticleView, 'id'>,
  copy: OfflineCopy | undefined,
): { state: DownloadState | undefined; start(): void } {
  const [last, setLast] = useState<{ id: string; state: DownloadState }>();
  const state = last?.id === article.id ? last.state : undefined;

  const start = () => {
    if (state?.kind === 'busy') return;
    const id = article.id;
    // Asked before anything async; the download goes ahead whatever the answer, with what it may reach.
    const permitted = askForAccess(deniedOrigins(copy));
    setLast({ id, state: { kind: 'busy' } });
    void permitted
      .then(() => askBackground({ type: 'download', articleId: id }))
      .then(
        (outcome): DownloadState =>
          outcome === undefined
            ? { kind: 'no-answer' }
            : outcome.ok
              ? { kind: 'done', copy: outcome.copy }
              : { kind: 'failed', failure: outcome.failure },
        // The background is restarting, or was updated under the page.
        (): DownloadState => ({ kind: 'no-answer' }),
      )
      .then((result) => setLast({ id, state: result }));
  };

  return { state, start };
}
