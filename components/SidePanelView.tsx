import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { format } from '../locales/messages-for';
import { profile } from '../publisher/profile';
import {
  type Adjacent,
  type ArticleFilter,
  type ArticleView,
  adjacentArticles,
  getArticle,
  listArticleIds,
  markAllRead,
  markRead,
  searchArticles,
  setStarred,
  unreadCount,
} from '../storage';
import { ListToolbar } from './ListToolbar';
import { t } from './messages';
import { openStoryRequest } from './open-story-request';
import { PageHeader } from './PageHeader';
import { PublisherFooter } from './PublisherFooter';
import { Reader } from './Reader';
import { storyInUrl } from './reader-url';
import { StoryList } from './StoryList';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useLiveQuery } from './use-live-query';
import { useNow } from './use-now';
import { useOnline } from './use-online';
import { useRefresh } from './use-refresh';
import { useSources } from './use-sources';
import { webUrl } from './web-url';

/** Stories listed, and found by a search, at first; each time the reader scrolls to the end, twice as many. */
const LIST_PAGE = 500;
const SEARCH_PAGE = 30;
/** A request from the popup older than this was meant for a panel that did not open then. */
const REQUEST_FRESH_MS = 60_000;
/** The unread count on the filter stops here ("999+"). */
const COUNT_UP_TO = 1000;

const KEEPS: Record<ArticleFilter, (article: ArticleView) => boolean> = {
  all: () => true,
  unread: (article) => !article.read,
  starred: (article) => article.starred,
  downloaded: (article) => article.offline === 'complete',
};

/** Opens a story's page in a new tab: only a web address, whatever the feed put there. */
function openOriginal(article: ArticleView): void {
  const url = webUrl(article.url);
  if (url) window.open(url.href, '_blank', 'noopener');
}

/** The side panel: every saved story (all, unread, starred, downloaded, or found by a search) and the reader for one. */
export function SidePanelView() {
  const [filter, setFilter] = useState<ArticleFilter>('all');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState(() => storyInUrl(location.hash));
  // The chosen story by id (a position would name another once new ones arrive above it), and where it last was.
  const [chosen, setChosen] = useState<{ id: string; at: number }>();
  const [focusRequest, setFocusRequest] = useState(0);
  const [searchFocusRequest, setSearchFocusRequest] = useState(0);
  const [failure, setFailure] = useState<string>();
  // A change the store refused (the database closed, the disk full) is said, not lost in the console.
  const attempt = (change: Promise<unknown>) => {
    change.then(
      () => setFailure(undefined),
      (error: unknown) =>
        setFailure(format(t.changeFailed, { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const [pages, setPages] = useState(0);
  const { latest: feed, sourceOf } = useSources();
  const online = useOnline();
  const now = useNow();

  const searching = query.trim() !== '';
  const listLimit = LIST_PAGE * 2 ** pages;
  const searchLimit = SEARCH_PAGE * 2 ** pages;
  const listed = useLiveQuery(async () => {
    const found = await listArticleIds({ filter }, listLimit);
    return { ids: found, more: found.length >= listLimit };
  }, [filter, listLimit]);
  const found = useLiveQuery(async () => {
    if (!searching) return undefined;
    const stories = await searchArticles(query, { limit: searchLimit });
    return {
      query,
      ids: stories.filter(KEEPS[filter]).map((story) => story.id),
      // Every match in order, kept or not: a story opened from the unread results stays among them once read.
      order: stories.map((story) => story.id),
      more: stories.length >= searchLimit,
    };
  }, [query, filter, searchLimit]);
  const shownList = searching ? found : listed;
  const ids = shownList?.ids ?? [];
  const refresher = useRefresh(shownList !== undefined);
  const shownQuery = searching ? (found?.query ?? '\u0000') : '';
  const unread = useLiveQuery(() => unreadCount(undefined, COUNT_UP_TO));

  const loaded = useLiveQuery(async () => (openId ? getArticle(openId) : undefined), [openId]);
  // Closed at once on Back; between two stories the one going stays on show until the next has loaded.
  const article = openId === undefined ? undefined : loaded;
  // In a search, the stories around are the search's; else the list's, even once the story has left it (turned read).
  const neighboursOf = async (story: ArticleView): Promise<Adjacent> => {
    if (!searching) return adjacentArticles(story, { filter });
    const order = found?.order ?? [];
    const keep = (id: string | undefined) => id === undefined || ids.includes(id);
    const at = order.indexOf(story.id);
    const before = order.slice(0, Math.max(at, 0)).findLast(keep);
    const after = at < 0 ? undefined : order.slice(at + 1).find(keep);
    const [previous, next] = await Promise.all([
      before === undefined ? undefined : getArticle(before),
      after === undefined ? undefined : getArticle(after),
    ]);
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  };
  const neighbours = useLiveQuery(
    async () => (article ? { of: article.id, ...(await neighboursOf(article)) } : undefined),
    [article?.id, article?.sortAt, filter, searching, ids],
  );

  const open = (story: Pick<ArticleView, 'id'>) => {
    setOpenId(story.id);
    attempt(markRead(story.id));
    history.replaceState(null, '', `#story=${encodeURIComponent(story.id)}`);
  };
  const close = () => {
    setOpenId(undefined);
    history.replaceState(null, '', location.pathname);
  };
  const back = () => {
    // The story just read becomes the chosen row, and takes the focus back.
    const at = openId === undefined ? -1 : ids.indexOf(openId);
    if (openId !== undefined) setChosen((current) => ({ id: openId, at: at >= 0 ? at : (current?.at ?? 0) }));
    setFocusRequest((count) => count + 1);
    close();
  };

  // A story the popup asked for: on opening (if asked just now) and whenever it asks while the panel is open; or the
  // one the page's address names (opened in a tab), which is read as well.
  useEffect(() => {
    if (openId !== undefined) attempt(markRead(openId));
    const take = (request: { id: string; at: number } | null) => {
      if (!request || Date.now() - request.at > REQUEST_FRESH_MS) return;
      open(request);
      void openStoryRequest.setValue(null);
    };
    void openStoryRequest.getValue().then(take);
    return openStoryRequest.watch(take);
  }, []);

  // The opened story's title takes the focus, so a screen reader starts reading there.
  useEffect(() => {
    if (article) document.querySelector<HTMLElement>('.reader [tabindex="-1"]')?.focus();
  }, [article?.id]);

  // Where the chosen story is; when it has left the list (marked read in Unread), the row now in its place.
  const place = chosen === undefined ? -1 : ids.indexOf(chosen.id);
  const selected =
    place >= 0 ? place : chosen === undefined || ids.length === 0 ? undefined : Math.min(chosen.at, ids.length - 1);
  const selectedStory = selected === undefined ? undefined : ids[selected];
  const choose = (at: number | undefined) => {
    const id = at === undefined ? undefined : ids[at];
    setChosen(id === undefined || at === undefined ? undefined : { id, at });
  };
  const move = (step: number) => {
    if (ids.length === 0) return;
    choose(Math.min(ids.length - 1, Math.max(0, selected === undefined ? 0 : selected + step)));
    setFocusRequest((count) => count + 1);
  };
  // The row that took the place of one that left the list is chosen, and takes the focus the leaving row had.
  useEffect(() => {
    if (article || place >= 0 || selected === undefined) return;
    choose(selected);
    if (document.activeElement === document.body) setFocusRequest((count) => count + 1);
  }, [place, selected, article]);
  const toggleRead = (story: ArticleView) => attempt(markRead(story.id, !story.read));
  const toggleStar = (story: ArticleView) => attempt(setStarred(story.id, !story.starred));
  // A row's status is read when its key is pressed: the list holds only ids.
  const withStory = (id: string | undefined, act: (story: ArticleView) => void) => {
    if (id !== undefined) attempt(getArticle(id).then((story) => story && act(story)));
  };
  // A key pressed before the neighbours of a just-opened story are known still moves, from the right story.
  const step = async (direction: keyof Adjacent) => {
    if (!article) return;
    const around = neighbours?.of === article.id ? neighbours : await neighboursOf(article);
    const target = around[direction];
    if (target) open(target);
  };
  const focusSearch = () => {
    close();
    setSearchFocusRequest((count) => count + 1);
  };
  // Once drawn, before any key typed next: the box is hidden while the reader is open.
  useLayoutEffect(() => {
    if (searchFocusRequest > 0) document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, [searchFocusRequest]);

  useKeyboardShortcuts(
    article
      ? {
          j: () => attempt(step('next')),
          k: () => attempt(step('previous')),
          m: () => toggleRead(article),
          s: () => toggleStar(article),
          o: () => openOriginal(article),
          Enter: () => openOriginal(article),
          Escape: back,
          '/': focusSearch,
        }
      : {
          j: () => move(1),
          k: () => move(-1),
          o: () => selectedStory && open({ id: selectedStory }),
          Enter: () => selectedStory && open({ id: selectedStory }),
          m: () => withStory(selectedStory, toggleRead),
          s: () => withStory(selectedStory, toggleStar),
          '/': focusSearch,
          Escape: () => {
            setQuery('');
            setPages(0);
            (document.activeElement as HTMLElement | null)?.blur();
          },
        },
  );

  const emptyText = searching
    ? format(t.noResults, { query: query.trim() })
    : filter === 'unread'
      ? t.noUnread
      : filter === 'starred'
        ? t.noStarred
        : filter === 'downloaded'
          ? t.noDownloaded
          : online
            ? t.emptyList
            : t.emptyListOffline;

  return (
    <div class="page side-panel">
      <PageHeader refresher={refresher} feed={feed} online={online} now={now} showingStories={ids.length > 0}>
        <button
          type="button"
          class="icon-button"
          aria-label={t.settings}
          title={t.settings}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <span aria-hidden="true">⚙</span>
        </button>
      </PageHeader>
      {failure && (
        <p class="status status-error" role="alert">
          {failure}
        </p>
      )}
      <ListToolbar
        filter={filter}
        onFilter={(chosen) => {
          setFilter(chosen);
          setChosen(undefined);
          setPages(0);
        }}
        query={query}
        onQuery={(typed) => {
          setQuery(typed);
          setChosen(undefined);
          setPages(0);
        }}
        unread={unread}
        countUpTo={COUNT_UP_TO}
        found={searching && found?.query === query ? `${found.ids.length}${found.more ? '+' : ''}` : undefined}
        onMarkAllRead={() => attempt(markAllRead())}
        hidden={article !== undefined}
      />
      <main class="content panel-content">
        {shownList !== undefined && ids.length === 0 && (
          <p class="empty" data-shown-query={shownQuery}>
            {emptyText}
          </p>
        )}
        <StoryList
          ids={ids}
          query={shownQuery}
          listKey={`${filter}\n${query}`}
          label={searching ? format(t.searchResultsLabel, { query: query.trim() }) : t.latestStories}
          selected={selected}
          focusRequest={focusRequest}
          sourceOf={sourceOf}
          now={now}
          onOpen={(story) => {
            choose(ids.indexOf(story.id));
            open(story);
          }}
          onNearEnd={() => shownList?.more && setPages((count) => count + 1)}
          hidden={article !== undefined}
        />
        {article && (
          <div class="reader-layer">
            <Reader
              article={article}
              sourceName={sourceOf(article.feedId).name}
              onBack={back}
              onPrevious={
                neighbours?.of === article.id && neighbours.previous ? () => attempt(step('previous')) : undefined
              }
              onNext={neighbours?.of === article.id && neighbours.next ? () => attempt(step('next')) : undefined}
              onToggleStar={() => toggleStar(article)}
              onToggleRead={() => toggleRead(article)}
            />
          </div>
        )}
      </main>
      <PublisherFooter profile={profile} />
    </div>
  );
}
