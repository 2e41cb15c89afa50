import type { FeedFailure } from '../storage';
import { failureText } from './failure-text';
import { language, t } from './messages';
import { sinceText } from './relative-time';

interface Props {
  online: boolean;
  failure: FeedFailure | undefined;
  feedUrl: string | undefined;
  /** When the stories on show were last brought up to date; absent when none are on show. */
  savedAt?: number | undefined;
  now: number;
}

/**
 * Says when the reader is offline (the browser says so, or the last refresh could not reach the network) or the
 * last refresh failed, and how old the stories on show are then; silent when all is well.
 */
export function StatusBar({ online, failure, feedUrl, savedAt, now }: Props) {
  if (online && !failure) return null;
  const offline = !online || failure?.kind === 'network';
  return (
    <div class={offline ? 'status status-offline' : 'status status-error'} role="status">
      {offline && <strong>{t.offline}</strong>}
      {failure && <span>{failureText(failure, feedUrl, t)}</span>}
      {savedAt !== undefined && <span>{savedText(savedAt, now)}</span>}
    </div>
  );
}

function savedText(savedAt: number, now: number): string {
  return sinceText(savedAt, now, language, t.showingSavedJustNow, t.showingSavedAgo);
}
