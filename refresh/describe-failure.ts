import { FetchError } from '../feed/fetch-feed';
import { FeedError } from '../feed/parse-feed';
import { type FeedFailure, StoreFullError } from '../storage';
import { FeedNotFoundError } from './feed-not-found-error';

/** Turns whatever a refresh threw into what the store keeps and the pages show. */
export function describeFailure(error: unknown, at: number): FeedFailure {
  if (error instanceof FetchError) {
    return { kind: error.kind, message: error.message, at, ...(error.status ? { httpStatus: error.status } : {}) };
  }
  if (error instanceof FeedError) return { kind: error.code, message: error.message, at };
  if (error instanceof FeedNotFoundError) return { kind: 'no-feed-found', message: error.message, at };
  if (error instanceof StoreFullError) return { kind: 'store-full', message: error.message, at };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message, at };
}
