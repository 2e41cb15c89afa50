import { conventionalFeedUrls, discoverFeeds } from '../feed/discover-feeds';
import { fetchFeed } from '../feed/fetch-feed';
import { FeedNotFoundError } from './feed-not-found-error';
import { type FeedRead, parseFetched, readFeedAt } from './read-feed-at';
import { saysStop } from './says-stop';

/** Enough for a page's declared feeds and the conventional addresses; a site is not probed without end. */
const MAX_CANDIDATES = 12;

/**
 * Finds a site's feed from one of its pages: the page itself if it is a feed, else the feeds it declares, else the
 * conventional addresses (/feed, /rss.xml, ...); the first that parses wins, and comes back fetched and parsed so it
 * is not fetched twice. `except` is an address known to be gone. Throws the page's FetchError, a FetchError that
 * says to stop (timeout, 429, 503), or FeedNotFoundError.
 */
export async function discoverFeed(pageUrl: string, except?: string): Promise<FeedRead> {
  const page = await fetchFeed(pageUrl);
  if (page.status !== 'ok') throw new FeedNotFoundError(pageUrl);
  if (page.url !== except) {
    try {
      return parseFetched(page);
    } catch {
      // Not a feed: a web page, as expected.
    }
  }
  const declared = discoverFeeds(new TextDecoder().decode(page.body), page.url).map((feed) => feed.url);
  const candidates = [...new Set([...declared, ...conventionalFeedUrls(page.url)])]
    .filter((url) => url !== except && url !== page.url)
    .slice(0, MAX_CANDIDATES);
  for (const url of candidates) {
    try {
      return await readFeedAt(url);
    } catch (error) {
      if (saysStop(error)) throw error;
    }
  }
  throw new FeedNotFoundError(pageUrl);
}
