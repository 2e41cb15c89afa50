/** A feed as the rest of the extension sees it, whatever its format on the wire. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  /** Plain text: entities decoded, tags stripped, trimmed. */
  title: string;
  /** Absolute URL of the site (not the feed). */
  siteUrl?: string;
  /** Absolute self URL, when the feed states one. */
  feedUrl?: string;
  /** Plain text. */
  description?: string;
  /** As declared, e.g. "vi", "en-us". */
  language?: string;
  /** Absolute. */
  imageUrl?: string;
  /** In document order. */
  items: ParsedItem[];
}

export interface ParsedEnclosure {
  url: string;
  type?: string;
  length?: number;
}

export interface ParsedItem {
  /** Stable across fetches: guid / atom:id / JSON id; else the link; else a hash of title + date. */
  id: string;
  /** Absolute; relative links resolved against xml:base, then the feed's own URL. */
  url?: string;
  /** Plain text ("" when the item has none). */
  title: string;
  /** Plain text preview. */
  summary?: string;
  /** The item's HTML as given (NOT sanitized here). */
  contentHtml?: string;
  /** Display name. */
  author?: string;
  /** Epoch milliseconds (UTC). */
  publishedAt?: number;
  /** Epoch milliseconds (UTC). */
  updatedAt?: number;
  /** Absolute: enclosure / media:* / JSON image / first <img>. */
  imageUrl?: string;
  categories: string[];
  enclosures: ParsedEnclosure[];
}
