import { useEffect, useMemo, useState } from 'preact/hooks';
import { profile } from '../publisher/profile';
import { type FeedFailure, type FeedRecord, listArticles, listFeeds } from '../storage';
import { ArticleList, type Source } from './ArticleList';
import { askBackground } from './ask-background';
import { language, t } from './messages';
import { PublisherFooter } from './PublisherFooter';
import { StatusBar } from './StatusBar';
import { useLiveQuery } from './use-live-query';
import { useNow } from './use-now';
import { useOnline } from './use-online';

const LIST_LENGTH = 30;
const PUBLISHER: Source = { name: profile.name, homepage: profile.homepage };

/** The latest stories from the store, a Refresh button, the offline notice and the publisher footer. */
export function HeadlinesView() {
  const articles = useLiveQuery(async () => (await listArticles({ limit: LIST_LENGTH })).articles);
  const feeds = useLiveQuery(listFeeds);
  const online = useOnline();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [unstoredFailure, setUnstoredFailure] = useState<FeedFailure>();

  const feed = feeds?.reduce<FeedRecord | undefined>(
    (latest, each) => ((each.lastAttemptAt ?? 0) >= (latest?.lastAttemptAt ?? 0) ? each : latest),
    undefined,
  );
  const sources = useMemo(
    () =>
      new Map(
        (feeds ?? []).map((each) => [
          each.id,
          { name: each.title || PUBLISHER.name, homepage: each.siteUrl ?? PUBLISHER.homepage },
        ]),
      ),
    [feeds],
  );

  const refresh = async (by: 'reader' | 'page' = 'reader') => {
    setBusy(true);
    try {
      const outcomes = await askBackground({ type: 'refresh', by });
      setUnstoredFailure(outcomes.find((outcome) => outcome.feedId === undefined)?.error);
    } catch (error) {
      // The background could not answer (still starting, or its database failed): say so rather than nothing.
      setUnstoredFailure({
        kind: 'internal',
        message: error instanceof Error ? error.message : String(error),
        at: Date.now(),
      });
    } finally {
      setBusy(false);
    }
  };

  // Opening a page refreshes a feed that has not been tried for a while; the button fetches unless it just did.
  useEffect(() => {
    void refresh('page');
  }, []);

  return (
    <div class="page">
      <header class="masthead">
        <h1 class="publisher-name">{profile.name}</h1>
        <button type="button" class="refresh" onClick={() => refresh()} disabled={busy} aria-busy={busy}>
          <span class={busy ? 'refresh-icon spinning' : 'refresh-icon'} aria-hidden="true">
            ↻
          </span>
          {t.refresh}
        </button>
      </header>
      <StatusBar
        online={online}
        failure={feed?.lastError ?? unstoredFailure}
        feedUrl={feed?.url}
        savedAt={articles && articles.length > 0 ? feed?.lastSuccessAt : undefined}
        now={now}
      />
      <main class="content" aria-label={t.latestStories}>
        {articles && articles.length === 0 && <p class="empty">{online ? t.emptyList : t.emptyListOffline}</p>}
        {articles && articles.length > 0 && (
          <ArticleList
            articles={articles}
            sources={sources}
            fallback={PUBLISHER}
            untitled={t.untitled}
            language={language}
            now={now}
          />
        )}
      </main>
      <PublisherFooter profile={profile} />
    </div>
  );
}
