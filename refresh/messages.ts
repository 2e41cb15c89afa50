import type { FeedRecord } from '../storage';
import type { RefreshOptions } from './refresh-all';
import type { RefreshOutcome } from './refresh-feed';

export interface RefreshStatus {
  /** A refresh is under way (the schedule's, or another page's). */
  refreshing: boolean;
  /** The reader's feed, as last refreshed. */
  feed: FeedRecord;
}

/** What the pages may ask the background, and what each request answers. */
export interface MessageTable {
  refresh: { request: { type: 'refresh' } & RefreshOptions; reply: RefreshOutcome[] };
  status: { request: { type: 'status' }; reply: RefreshStatus };
}

export type Message = MessageTable[keyof MessageTable]['request'];
export type Reply<T extends Message['type']> = MessageTable[T]['reply'];
