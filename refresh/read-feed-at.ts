import { FetchError, type FetchFeedResult, fetchFeed } from '../feed/fetch-feed';
import { type ParsedFeed, parseFeedBytes } from '../feed/parse-feed';

export type FetchedBody = Extract<FetchFeedResult, { status: 'ok' }>;

/** A feed fetched and parsed, with the encoding its bytes were read in. */
export interface FeedRead {
  fetched: FetchedBody;
  parsed: ParsedFeed;
  encoding: string;
}

/** Parses a body fetchFeed returned. Throws FeedError. */
export function parseFetched(fetched: FetchedBody): FeedRead {
  const { feed, encoding } = parseFeedBytes(fetched.body, { url: fetched.url, contentType: fetched.contentType });
  return { fetched, parsed: feed, encoding };
}

/** Fetches (unconditionally) and parses the feed at an address. Throws FetchError or FeedError. */
export async function readFeedAt(url: string): Promise<FeedRead> {
  const fetched = await fetchFeed(url);
  if (fetched.status !== 'ok') {
    // Nothing was asked conditionally, so a 304 is the server's mistake.
    throw new FetchError('http', fetched.url, `${new URL(fetched.url).host} answered 304 Not Modified`, {
      status: 304,
    });
  }
  return parseFetched(fetched);
}
