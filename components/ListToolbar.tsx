import { format } from '../locales/messages-for';
import type { ArticleFilter } from '../storage';
import { t } from './messages';

interface Props {
  filter: ArticleFilter;
  onFilter(filter: ArticleFilter): void;
  query: string;
  onQuery(query: string): void;
  /** Unread stories, counted up to `countUpTo`. */
  unread: number | undefined;
  countUpTo: number;
  /** How many stories the search found ("50+" when it stopped looking), once it has answered. */
  found: string | undefined;
  onMarkAllRead(): void;
  hidden?: boolean;
}

const FILTERS: ArticleFilter[] = ['all', 'unread', 'starred', 'downloaded'];

function filterName(filter: ArticleFilter, unread: number | undefined, countUpTo: number): string {
  if (filter === 'all') return t.filterAll;
  if (filter === 'starred') return t.filterStarred;
  if (filter === 'downloaded') return t.filterDownloaded;
  if (!unread) return t.filterUnread;
  return `${t.filterUnread} (${unread >= countUpTo ? `${countUpTo - 1}+` : unread})`;
}

/** Which stories the list shows, the search box, and Mark all as read. */
export function ListToolbar({
  filter,
  onFilter,
  query,
  onQuery,
  unread,
  countUpTo,
  found,
  onMarkAllRead,
  hidden,
}: Props) {
  return (
    <div class="list-toolbar" hidden={hidden}>
      <search class="search">
        <label for="story-search" class="visually-hidden">
          {t.searchLabel}
        </label>
        <input
          id="story-search"
          type="search"
          value={query}
          placeholder={t.searchPlaceholder}
          autocomplete="off"
          spellcheck={false}
          aria-keyshortcuts="/"
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </search>
      <div class="filters">
        <fieldset class="filter-group">
          <legend class="visually-hidden">{t.filterLabel}</legend>
          {FILTERS.map((each) => (
            <button
              key={each}
              type="button"
              class="filter"
              aria-pressed={filter === each}
              onClick={() => onFilter(each)}
            >
              {filterName(each, unread, countUpTo)}
            </button>
          ))}
        </fieldset>
        <button type="button" class="mark-all" onClick={onMarkAllRead} disabled={!unread}>
          {t.markAllRead}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {found === undefined ? '' : format(t.searchFound, { count: found })}
      </p>
    </div>
  );
}
