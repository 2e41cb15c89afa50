import type { RefreshOptions } from './refresh-all';
import type { RefreshOutcome } from './refresh-feed';

/** What the pages may ask the background, and what each request answers. */
export interface MessageTable {
  refresh: { request: { type: 'refresh' } & RefreshOptions; reply: RefreshOutcome[] };
}

export type Message = MessageTable[keyof MessageTable]['request'];
export type Reply<T extends Message['type']> = MessageTable[T]['reply'];
