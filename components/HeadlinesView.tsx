import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { profile } from '../publisher/profile';
import { type ArticleView, listArticles, markRead } from '../storage';
import { ArticleList } from './ArticleList';
import { t } from './messages';
import { openSidePanel } from './open-side-panel';
import { PageHeader } from './PageHeader';
import { PublisherFooter } from './PublisherFooter';
import { useLiveQuery } from './use-live-query';
import { useNow } from './use-now';
import { useOnline } from './use-online';
import { useRefresh } from './use-refresh';
import { useSources } from './use-sources';

const LIST_LENGTH = 20;

/** The popup: the latest stories from the store, Refresh, the offline notice, the way to the side panel, the footer. */
export function HeadlinesView() {
  const articles = useLiveQuery(async () => (await listArticles({ limit: LIST_LENGTH })).articles);
  const { latest: feed, sourceOf } = useSources();
  const refresher = useRefresh(articles !== undefined);
  const online = useOnline();
  const now = useNow();
  // Known before any click: the side panel must be opened synchronously inside it.
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    browser.windows.getCurrent().then(
      // The fake browser of the tests has no windows; a real one always answers.
      (current) => setWindowId(current?.id),
      () => undefined,
    );
  }, []);

  const open = (article: ArticleView) => {
    openSidePanel(windowId, article.id);
    void markRead(article.id);
  };

  return (
    <div class="page">
      <PageHeader
        refresher={refresher}
        feed={feed}
        online={online}
        now={now}
        showingStories={articles !== undefined && articles.length > 0}
      >
        <button
          type="button"
          class="icon-button"
          aria-label={t.openSidePanel}
          title={t.openSidePanel}
          onClick={() => openSidePanel(windowId)}
        >
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <rect x="1.5" y="2.5" width="15" height="13" rx="2" fill="none" stroke="currentColor" stroke-width="1.5" />
            <rect x="10.5" y="3" width="5.5" height="12" fill="currentColor" />
          </svg>
        </button>
      </PageHeader>
      <main class="content" aria-label={t.latestStories}>
        {articles && articles.length === 0 && <p class="empty">{online ? t.emptyList : t.emptyListOffline}</p>}
        {articles && articles.length > 0 && (
          <ArticleList articles={articles} sourceOf={sourceOf} now={now} onOpen={open} />
        )}
      </main>
      <PublisherFooter profile={profile} />
    </div>
  );
}
