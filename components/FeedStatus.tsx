import { useEffect, useState } from 'preact/hooks';
import { format } from '../locales/messages-for';
import type { RefreshStatus } from '../refresh/messages';
import { listFeeds } from '../storage';
import { askBackground } from './ask-background';
import { FactList } from './FactList';
import { failureText } from './failure-text';
import { language, t } from './messages';
import { relativeTime } from './relative-time';
import { useLiveQuery } from './use-live-query';
import { useNow } from './use-now';

/** What the last refreshes of the reader's feed did, in words: for a reader wondering why nothing new arrives. */
export function FeedStatus() {
  const [status, setStatus] = useState<RefreshStatus>();
  const feeds = useLiveQuery(listFeeds);
  const now = useNow();

  useEffect(() => {
    // Without an answer (the background is starting) there is nothing to show yet, which the page survives.
    askBackground({ type: 'status' }).then(setStatus, () => undefined);
  }, []);

  const feed = feeds?.find((each) => each.id === status?.feed.id) ?? status?.feed;
  if (!feed) return null;
  const when = (at: number | undefined) => (at === undefined ? t.statusNever : relativeTime(at, now, language));
  const rows: [string, string][] = [
    [t.statusAddress, feed.url],
    [t.statusLastChecked, when(feed.lastAttemptAt)],
    [t.statusLastUpdated, when(feed.lastSuccessAt)],
  ];
  if (feed.httpStatus !== undefined) rows.push([t.statusServerAnswer, String(feed.httpStatus)]);
  if (feed.encoding) rows.push([t.statusEncoding, feed.encoding]);
  if (feed.itemsSeen !== undefined) {
    rows.push([t.statusStories, format(t.statusStoriesValue, { seen: feed.itemsSeen, new: feed.itemsNew ?? 0 })]);
  }
  if (feed.lastError) rows.push([t.statusProblem, failureText(feed.lastError, feed.url, t)]);
  if (feed.retryAt !== undefined && feed.retryAt > now) rows.push([t.statusNextTry, when(feed.retryAt)]);

  return (
    <section class="feed-status" aria-labelledby="feed-status-title">
      <h2 id="feed-status-title">{t.feedStatus}</h2>
      {status?.refreshing && <p class="help">{t.statusRefreshing}</p>}
      <FactList rows={rows} />
    </section>
  );
}
