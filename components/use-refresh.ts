import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedFailure } from '../storage';
import { askBackground } from './ask-background';

export interface Refresher {
  busy: boolean;
  /** A failure with no feed record to keep it (no feed found yet, or the background could not answer). */
  unstoredFailure: FeedFailure | undefined;
  refresh(): Promise<void>;
}

/**
 * Asks the background to refresh when the reader presses Refresh, and once on opening (unless it did lately) as soon
 * as `ready`: after the saved stories are on screen, so waking the background does not delay them.
 */
export function useRefresh(ready = true): Refresher {
  const [busy, setBusy] = useState(false);
  const [unstoredFailure, setUnstoredFailure] = useState<FeedFailure>();

  const ask = async (by: 'reader' | 'page') => {
    setBusy(true);
    try {
      const outcomes = await askBackground({ type: 'refresh', by });
      setUnstoredFailure(outcomes.find((outcome) => outcome.feedId === undefined)?.error);
    } catch (error) {
      // The background could not answer (still starting, or its database failed): say so rather than nothing.
      setUnstoredFailure({
        kind: 'internal',
        message: error instanceof Error ? error.message : String(error),
        at: Date.now(),
      });
    } finally {
      setBusy(false);
    }
  };

  // Opening a page refreshes a feed that has not been tried for a while; the button fetches unless it just did.
  const asked = useRef(false);
  useEffect(() => {
    if (!ready || asked.current) return;
    asked.current = true;
    void ask('page');
  }, [ready]);

  return { busy, unstoredFailure, refresh: () => ask('reader') };
}
