/** What the store keeps. Articles are what the feed said; statuses are the reader's, kept apart. */

export interface FeedRecord {
  id: number;
  /** Where the feed is fetched from now (updated when it moves permanently). */
  url: string;
  title?: string;
  siteUrl?: string;
  etag?: string;
  lastModified?: string;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** The last refresh's failure, cleared by the next success. */
  lastError?: FeedFailure;
}

export interface FeedFailure {
  /** Stable, for the UI to choose words: network, timeout, http, too-large, not-a-feed, malformed, ... */
  kind: string;
  /** Plain English, for logs and as a fallback. */
  message: string;
  httpStatus?: number;
  at: number;
}

/** What a feed said of one story (the parser's ParsedItem fits it, less its id). */
export interface StoryFields {
  url?: string;
  title: string;
  summary?: string;
  contentHtml?: string;
  author?: string;
  publishedAt?: number;
  updatedAt?: number;
  imageUrl?: string;
  categories: string[];
}

export interface Article extends StoryFields {
  /** `${feedId}:${itemId}`: the same story keeps its key across fetches. */
  id: string;
  feedId: number;
  itemId: string;
  /** The list's order: the publication date, but never later than when we first saw it. */
  sortAt: number;
  fetchedAt: number;
  /** Folded words of the title, summary and text, for the search index (see search-words.ts). */
  words: string[];
}

export interface ArticleStatus {
  articleId: string;
  feedId: number;
  /** 0 or 1: IndexedDB cannot index booleans. */
  read: 0 | 1;
  starred: 0 | 1;
  firstSeenAt: number;
  /**
   * The article's sortAt while it is stored; removed when retention evicts it, so the unread and starred indexes
   * (which skip records without it) count and list only stories the reader can open.
   */
  sortAt?: number;
}

/** An article with the reader's status, as the pages show it. */
export interface ArticleView extends Omit<Article, 'words'> {
  read: boolean;
  starred: boolean;
}
