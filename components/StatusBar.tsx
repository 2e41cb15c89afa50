import type { FeedFailure } from '../storage';
import { failureText } from './failure-text';
import { t } from './messages';

interface Props {
  online: boolean;
  failure: FeedFailure | undefined;
  feedUrl: string | undefined;
}

/** Says when the reader is offline or the last refresh failed; silent when all is well. */
export function StatusBar({ online, failure, feedUrl }: Props) {
  if (online && !failure) return null;
  return (
    <div class={online ? 'status status-error' : 'status status-offline'} role="status">
      {!online && <strong>{t.offline}</strong>}
      {failure && <span>{failureText(failure, feedUrl, t)}</span>}
    </div>
  );
}
