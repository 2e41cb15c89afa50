import type { FeedFailure } from '../storage';
import { failureText } from './failure-text';
import { t } from './messages';

interface Props {
  online: boolean;
  failure: FeedFailure | undefined;
  feedUrl: string | undefined;
}

/**
 * Says when the reader is offline (the browser says so, or the last refresh could not reach the network) or the
 * last refresh failed; silent when all is well.
 */
export function StatusBar({ online, failure, feedUrl }: Props) {
  if (online && !failure) return null;
  const offline = !online || failure?.kind === 'network';
  return (
    <div class={offline ? 'status status-offline' : 'status status-error'} role="status">
      {offline && <strong>{t.offline}</strong>}
      {failure && <span>{failureText(failure, feedUrl, t)}</span>}
    </div>
  );
}
