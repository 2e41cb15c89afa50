import type { FeedFailure, FeedRecord, OfflineCopy } from '../storage';
import type { RefreshOptions } from './refresh-all';
import type { RefreshOutcome } from './refresh-feed';

export interface RefreshStatus {
  /** A refresh is under way (the schedule's, or another page's). */
  refreshing: boolean;
  /** The reader's feed, as last refreshed. */
  feed: FeedRecord;
}

/** What the background found at an address the reader typed, before it is saved. */
export type FeedCheck =
  | { ok: true; title: string; stories: number }
  | {
      ok: false;
      failure: FeedFailure;
      /** The address answered with a web page rather than a feed. */
      webPage?: true;
      /** The feed that web page declares, to suggest instead. */
      declaredFeed?: string;
    };

/** How a download for reading offline went: the story's copy as now saved, or why there is none. */
export type DownloadOutcome = { ok: true; copy: OfflineCopy } | { ok: false; failure: FeedFailure };

/** What the pages may ask the background, and what each request answers. */
export interface MessageTable {
  refresh: { request: { type: 'refresh' } & RefreshOptions; reply: RefreshOutcome[] };
  status: { request: { type: 'status' }; reply: RefreshStatus };
  'check-feed': { request: { type: 'check-feed'; url: string }; reply: FeedCheck };
  /** Saves one story for reading offline now, its page read whole even where the setting says not to. */
  download: { request: { type: 'download'; articleId: string }; reply: DownloadOutcome };
}

export type Message = MessageTable[keyof MessageTable]['request'];
export type Reply<T extends Message['type']> = MessageTable[T]['reply'];
