import { FetchError, type FetchFeedResult, fetchFeed } from '../feed/fetch-feed';
import { profile } from '../publisher/profile';
import {
  applyRetention,
  type FeedFailure,
  type FeedRecord,
  getArticle,
  moveFeed,
  notificationsSetting,
  saveFetchedItems,
  updateFeed,
} from '../storage';
import { backoff } from './backoff';
import { describeFailure } from './describe-failure';
import { discoverFeed } from './discover-feed';
import { hashBody } from './hash-body';
import { notifyNewStory } from './notify-new-story';
import { type FeedRead, parseFetched, readFeedAt } from './read-feed-at';
import { saysStop } from './says-stop';

/** How often a feed that answers 404 or 410 is looked for again on its page. */
const REDISCOVER_AFTER_MS = 6 * 60 * 60_000;

export interface RefreshOutcome {
  feedId?: number;
  /** Stories the reader has never seen before. */
  added: number;
  error?: FeedFailure;
}

/**
 * Refreshes one feed and records how it went. The GET is conditional; a 304 or the same bytes again are not parsed;
 * new stories are saved, then retention runs. A feed to be discovered is found from its page first, and found again
 * when it answers 404 or 410; a feed redirected twice in a row to the same address moves there.
 */
export async function refreshFeed(feed: FeedRecord, now = Date.now()): Promise<RefreshOutcome> {
  await updateFeed(feed.id, { lastAttemptAt: now });
  let current = feed;
  // The status of the last answer, for a failure that came after it (a body that is not a feed).
  let answered: number | undefined;
  try {
    if (current.discover && current.url === sourceOf(current) && current.lastSuccessAt === undefined) {
      const found = await discoverFeed(current.url);
      current = await moveFeed(current.id, found.fetched.url);
      return await store(current, found, now);
    }
    let answer: FetchFeedResult;
    try {
      answer = await fetchFeed(current.url, { etag: current.etag, lastModified: current.lastModified });
    } catch (error) {
      const found = await findAgain(current, error, now);
      if (!found) throw error;
      current = await moveFeed(current.id, found.fetched.url);
      return await store(current, found, now);
    }
    answered = answer.status === 'ok' ? 200 : 304;
    const redirect = await followRedirect(current, answer);
    current = redirect.feed;
    if (answer.status === 'not-modified') {
      return await succeed(current, answer, now, { httpStatus: 304, itemsNew: 0, redirectedTo: redirect.to });
    }
    const bodyHash = await hashBody(answer.body);
    if (bodyHash === current.bodyHash) {
      return await succeed(current, answer, now, { httpStatus: 200, itemsNew: 0, redirectedTo: redirect.to });
    }
    return await store(current, parseFetched(answer), now, { bodyHash, redirectedTo: redirect.to });
  } catch (error) {
    return fail(current, error, now, answered);
  }
}

function sourceOf(feed: FeedRecord): string {
  return feed.sourceUrl ?? feed.url;
}

/**
 * After a 404 or 410: the feed found again from its page (at most every REDISCOVER_AFTER_MS: that costs up to 13
 * requests), or at the address it was asked for if it had moved. Throws a failure that says stop, so that fail()
 * records its Retry-After.
 */
async function findAgain(feed: FeedRecord, error: unknown, now: number): Promise<FeedRead | undefined> {
  const gone = error instanceof FetchError && (error.status === 404 || error.status === 410);
  if (!gone) return undefined;
  try {
    if (feed.discover) {
      if (feed.discoveredAt !== undefined && now - feed.discoveredAt < REDISCOVER_AFTER_MS) return undefined;
      await updateFeed(feed.id, { discoveredAt: now });
      return await discoverFeed(sourceOf(feed), feed.url);
    }
    if (sourceOf(feed) !== feed.url) return await readFeedAt(sourceOf(feed));
  } catch (failure) {
    if (saysStop(failure)) throw failure;
    // Nothing found: the feed's own 404 or 410 is what the reader is told.
  }
  return undefined;
}

/** Browsers do not say whether a redirect was for good: one seen twice in a row to one address is taken as a move. */
async function followRedirect(feed: FeedRecord, answer: FetchFeedResult): Promise<{ feed: FeedRecord; to?: string }> {
  const to = answer.redirected && answer.url !== feed.url ? answer.url : undefined;
  if (to === undefined) return { feed };
  if (to === feed.redirectedTo) return { feed: await moveFeed(feed.id, to) };
  return { feed, to };
}

async function store(
  feed: FeedRecord,
  { fetched, parsed, encoding }: FeedRead,
  now: number,
  fields: Partial<FeedRecord> = {},
): Promise<RefreshOutcome> {
  const { added, addedIds } = await saveFetchedItems(feed.id, parsed.items, now);
  // The stories are saved: a clean-up that fails must not report the refresh as failed, and runs again next time.
  await applyRetention(undefined, now).catch(() => undefined);
  const outcome = await succeed(feed, fetched, now, {
    title: parsed.title,
    siteUrl: parsed.siteUrl,
    bodyHash: fields.bodyHash ?? (await hashBody(fetched.body)),
    encoding,
    httpStatus: 200,
    itemsSeen: parsed.items.length,
    itemsNew: added,
    ...fields,
  });
  const newest = addedIds[0] && (await notificationsSetting.getValue()) ? await getArticle(addedIds[0]) : undefined;
  if (newest) {
    const story = { articleId: newest.id, title: newest.title };
    // A notification the browser will not show must not turn a refresh that worked into a failure.
    await notifyNewStory(story, added, parsed.title || profile.name).catch(() => undefined);
  }
  return outcome;
}

async function succeed(
  feed: FeedRecord,
  answer: FetchFeedResult,
  now: number,
  fields: Partial<FeedRecord>,
): Promise<RefreshOutcome> {
  await updateFeed(feed.id, {
    etag: answer.etag,
    lastModified: answer.lastModified,
    lastAttemptAt: now,
    lastSuccessAt: now,
    lastError: undefined,
    failures: undefined,
    retryAt: undefined,
    serverRetryAt: undefined,
    redirectedTo: undefined,
    ...fields,
  });
  return { feedId: feed.id, added: fields.itemsNew ?? 0 };
}

async function fail(feed: FeedRecord, error: unknown, now: number, answered?: number): Promise<RefreshOutcome> {
  const failure = describeFailure(error, now);
  const failures = (feed.failures ?? 0) + 1;
  const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
  const { retryAt, serverRetryAt } = backoff(failures, { httpStatus: failure.httpStatus, retryAfterMs }, now);
  await updateFeed(feed.id, {
    lastAttemptAt: now,
    lastError: failure,
    failures,
    retryAt,
    serverRetryAt,
    httpStatus: failure.httpStatus ?? answered,
  });
  return { feedId: feed.id, added: 0, error: failure };
}
