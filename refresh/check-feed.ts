import { discoverFeeds } from '../feed/discover-feeds';
import { FetchError, fetchFeed } from '../feed/fetch-feed';
import { FeedError } from '../feed/parse-feed';
import { describeFailure } from './describe-failure';
import type { FeedCheck } from './messages';
import { type FetchedBody, parseFetched } from './read-feed-at';

const HTML_START = /^\uFEFF?\s*<(?:!doctype\s+html|html|head)\b/i;

/**
 * Fetches and parses the feed at an address the reader typed, and stores nothing: its title and story count, or the
 * failure in the kinds the pages already word ('invalid-address' for anything but an http(s) address).
 */
export async function checkFeed(url: unknown, now = Date.now()): Promise<FeedCheck> {
  if (!isWebAddress(url)) {
    return { ok: false, failure: { kind: 'invalid-address', message: `${String(url)} is not a web address`, at: now } };
  }
  let page: FetchedBody | undefined;
  try {
    const answer = await fetchFeed(url);
    if (answer.status !== 'ok') {
      // Nothing was asked conditionally, so a 304 is the server's mistake.
      throw new FetchError('http', answer.url, `${new URL(answer.url).host} answered 304 Not Modified`, {
        status: 304,
      });
    }
    page = answer;
    const { parsed } = parseFetched(answer);
    return { ok: true, title: parsed.title, stories: parsed.items.length };
  } catch (error) {
    const failure = describeFailure(error, now);
    return { ok: false, failure, ...(page && error instanceof FeedError ? webPageHints(page) : {}) };
  }
}

function isWebAddress(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Whether a body that is not a feed is a web page, and the feed it declares, if any: readers often paste a homepage. */
function webPageHints(page: FetchedBody): { webPage?: true; declaredFeed?: string } {
  const text = new TextDecoder().decode(page.body);
  const isHtml = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType ?? '') || HTML_START.test(text);
  if (!isHtml) return {};
  const declared = discoverFeeds(text, page.url).find((feed) => feed.url !== page.url)?.url;
  return { webPage: true, ...(declared ? { declaredFeed: declared } : {}) };
}
