import type { FeedFailure, FeedRecord } from '../storage';
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

/** What the pages may ask the background, and what each request answers. */
export interface MessageTable {
  refresh: { request: { type: 'refresh' } & RefreshOptions; reply: RefreshOutcome[] };
  status: { request: { type: 'status' }; reply: RefreshStatus };
  'check-feed': { request: { type: 'check-feed'; url: string }; reply: FeedCheck };
}

export type Message = MessageTable[keyof MessageTable]['request'];
export type Reply<T extends Message['type']> = MessageTable[T]['reply'];
