/** What the store keeps. Articles are what the feed said; statuses are the reader's, kept apart. */

export interface FeedRecord {
  id: number;
  /** Where the feed is fetched from now (updated when it moves permanently). */
  url: string;
  /**
   * The address the feed was asked for: a feed's own, or the page it is discovered from. It stays when `url` moves,
   * so the same record (and its stories) is found again. Absent: `url`.
   */
  sourceUrl?: string;
  /** The feed is discovered from the page at `sourceUrl`: first while `url` is still that page, again on a 404 or 410. */
  discover?: boolean;
  /** When the feed was last looked for again on that page after a 404 or 410: that is done at most every 6 hours. */
  discoveredAt?: number;
  title?: string;
  siteUrl?: string;
  etag?: string;
  lastModified?: string;
  /** SHA-256 (hex) of the last body parsed: the same bytes again are not parsed again. */
  bodyHash?: string;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** The last answer's HTTP status (200, 304, 404, ...); absent when no server answered. */
  httpStatus?: number;
  /** The encoding the last parsed body was read in ("utf-8", "windows-1252", ...). */
  encoding?: string;
  /** Stories in the last parsed body, and how many of them were new to the reader. */
  itemsSeen?: number;
  itemsNew?: number;
  /** Refreshes that failed in a row, for the back-off; absent after a success. */
  failures?: number;
  /** Until then scheduled refreshes and opening a page leave the feed alone (back-off after failures). */
  retryAt?: number;
  /** The server asked (Retry-After on a 429 or 503) not to be asked before then: the Refresh button waits too. */
  serverRetryAt?: number;
  /** Where the last fetch was redirected to: a second redirect to the same address moves the feed there. */
  redirectedTo?: string;
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
}

/**
 * A stored story's search words, in a row of their own so that checking a word on many stories reads small rows, not
 * whole articles. Written and deleted with its article, in the same transaction.
 */
export interface StoryWords {
  /** The article's id. */
  id: string;
  feedId: number;
  /** The article's sortAt: matches are put in the list's order without reading articles. */
  sortAt: number;
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
export interface ArticleView extends Article {
  read: boolean;
  starred: boolean;
}
