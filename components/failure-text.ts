import { format, type Messages } from '../locales/messages-for';
import type { FeedFailure } from '../storage';

/** A failed refresh in the reader's words, naming the host it tried. */
export function failureText(failure: FeedFailure, feedUrl: string | undefined, t: Messages): string {
  const host = feedUrl ? new URL(feedUrl).host : '';
  switch (failure.kind) {
    case 'network':
      return format(t.failureNetwork, { host });
    case 'timeout':
      return format(t.failureTimeout, { host });
    case 'http': {
      const status = failure.httpStatus ?? '?';
      const busy = failure.httpStatus === 429 || failure.httpStatus === 503;
      return format(busy ? t.failureBusy : t.failureHttp, { host, status });
    }
    case 'not-a-feed':
    case 'malformed':
    case 'unsupported-encoding':
      return format(t.failureNotAFeed, { host });
    case 'too-large':
      return format(t.failureTooLarge, { host });
    case 'no-feed-found':
      return format(t.failureNoFeedFound, { host });
    case 'store-full':
      return t.failureStoreFull;
    default:
      return format(t.refreshFailed, { reason: failure.message });
  }
}
