import { browser } from 'wxt/browser';
import { extractInBackground } from '../extract/extract-in-background';
import { FetchError } from '../feed/fetch-error';
import { fetchPage } from '../feed/fetch-page';
import { fetchPicture } from '../feed/fetch-picture';
import { pictureUrls } from '../feed/picture-urls';
import { plainText } from '../feed/plain-text';
import { resolveUrl } from '../feed/resolve-url';
import { originPattern } from '../publisher/origin-pattern';
import {
  type DownloadedCopy,
  getArticle,
  getStoryCopy,
  type OfflineCopy,
  type PictureGap,
  saveOfflineCopy,
} from '../storage';
import { eachAtMost } from './each-at-most';
import { isCutOff } from './is-cut-off';
import { isPublisherPage } from './is-publisher-page';
import { isSummaryOnly } from './is-summary-only';

export interface DownloadOptions {
  /** Read the page of a story whose feed gives only a summary (the setting, or the reader asking for this story). */
  wholeText: boolean;
  /** The feed the reader chose, whose origin counts as the publisher's. */
  feedUrl?: string;
  /** False when the budget has no room left for pictures: they are listed as missing, for lack of space. */
  pictures?: boolean;
  now?: number;
}

/** How long an incomplete download waits before it is tried again (a few times: see storiesToDownload). */
const RETRY_AFTER_MS = 60 * 60_000;
/** Pictures fetched at once for one story. */
const PICTURES_AT_ONCE = 4;

/**
 * Saves one story for reading with no network: its whole text (read from its page on the publisher's site when the
 * feed gives only a summary) and every picture it shows. Returns the story's copy, or undefined when it is gone.
 */
export async function downloadStory(id: string, options: DownloadOptions): Promise<OfflineCopy | undefined> {
  const now = options.now ?? Date.now();
  const article = await getArticle(id);
  if (!article) return undefined;
  let retry = false;
  let text: DownloadedCopy['text'] = isSummaryOnly(article) ? 'summary' : 'feed';
  let page: DownloadedCopy['page'];
  if (text === 'summary' && options.wholeText && article.url && isPublisherPage(article.url, options.feedUrl)) {
    try {
      const fetched = await fetchPage(article.url);
      // A redirect may lead off the publisher's site (an open redirect): that page is not the story's.
      const extracted = isPublisherPage(fetched.url, options.feedUrl)
        ? await extractInBackground(fetched.html, fetched.url)
        : undefined;
      // The feed's version stays when the page holds no more of the story than it does.
      if (extracted && extracted.textLength > plainText(article.contentHtml || article.summary).length) {
        page = { html: extracted.html, ...(extracted.byline ? { byline: extracted.byline } : {}) };
        text = 'page';
      } else if (article.contentHtml && !isCutOff(article)) {
        // A short story the page has no more of is whole in the feed.
        text = 'feed';
      }
    } catch (error) {
      retry = isPassing(error);
    }
  }

  // With no page this time, the pictures are those of the page text saved before, which stays.
  const shown = page?.html ?? (await getStoryCopy(id)).text?.html ?? article.contentHtml;
  const lead = resolveUrl(article.imageUrl, article.url);
  const urls = [...new Set([...(lead ? [lead] : []), ...pictureUrls(shown, article.url)])];
  const pictures: DownloadedCopy['pictures'] = [];
  const missing: DownloadedCopy['missing'] =
    options.pictures === false ? urls.map((url) => ({ url, why: 'no-space' as const })) : [];
  await eachAtMost(PICTURES_AT_ONCE, options.pictures === false ? [] : urls, async (url) => {
    try {
      pictures.push({ url, ...(await fetchPicture(url)) });
    } catch (error) {
      const why = await gapOf(url, error);
      if (why === 'failed' && isPassing(error)) retry = true;
      missing.push({ url, why });
    }
  });
  return saveOfflineCopy(
    { id, text, ...(page ? { page } : {}), pictures, missing, ...(retry ? { retryAt: now + RETRY_AFTER_MS } : {}) },
    now,
  );
}

/** A failure that may not happen next time: no network, a timeout, a server error or a request to slow down. */
function isPassing(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  const { kind, status } = error;
  if (kind === 'network' || kind === 'timeout') return true;
  return kind === 'http' && (status === undefined || status >= 500 || status === 429);
}

/** Why a picture is not saved: a network failure where the extension may not read that origin is a missing permission. */
async function gapOf(url: string, error: unknown): Promise<PictureGap> {
  const kind = error instanceof FetchError ? error.kind : undefined;
  if (kind === 'too-large') return 'too-large';
  // Offline, every fetch fails alike: that says nothing of permissions.
  if (kind !== 'network' || globalThis.navigator?.onLine === false) return 'failed';
  const origins = [originPattern(url)];
  // Where the browser cannot say (no permissions API), the failure is taken as the network's.
  const granted = await Promise.resolve()
    .then(() => browser.permissions.contains({ origins }))
    .catch(() => true);
  return granted ? 'failed' : 'no-access';
}
