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
  /** How much of the story is saved for reading offline: all of it, part of it; absent when nothing beyond the feed's. */
  offline?: 'complete' | 'partial';
}

/** Why one of a story's pictures is not saved. */
export type PictureGap = 'too-large' | 'failed' | 'no-access' | 'no-space';

/**
 * What of a story is saved for reading with no network, and whether that is all of it. Small, so that lists can read
 * it for every row; the text and pictures themselves are rows of their own.
 */
export interface OfflineCopy {
  /** The article's id. */
  id: string;
  feedId: number;
  /** The article's sortAt, for the Downloaded list's index. */
  sortAt: number;
  /** 1 when the whole text and every picture are saved: the story reads the same with no network. IndexedDB cannot index booleans. */
  complete: 0 | 1;
  /**
   * Where the whole text is: the feed's own content, a page read from the publisher's site (a SavedText row), or
   * nowhere but the feed's summary (the page could not be read, or may not be).
   */
  text: 'feed' | 'page' | 'summary';
  /** Bytes kept: the article itself, the page's text and the pictures; these count toward the store's budget. */
  storyBytes: number;
  textBytes: number;
  pictureBytes: number;
  /** Pictures saved, and those that are not, with why. */
  pictures: number;
  missing: { url: string; why: PictureGap }[];
  savedAt: number;
  /** Downloads tried so far; an incomplete copy is tried again after retryAt, a few times. */
  attempts: number;
  retryAt?: number;
}

/** A story's whole text as read from its page on the publisher's site, kept beside the feed's own content. */
export interface SavedText {
  /** The article's id. */
  id: string;
  html: string;
  byline?: string;
}

/** One of a story's pictures, saved. Keyed by the story and the picture's absolute address as its HTML has it. */
export interface SavedPicture {
  articleId: string;
  url: string;
  type: string;
  data: ArrayBuffer;
}
