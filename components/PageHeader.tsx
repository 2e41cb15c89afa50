import type { ComponentChildren } from 'preact';
import type { FeedRecord } from '../storage';
import { Masthead } from './Masthead';
import { StatusBar } from './StatusBar';
import type { Refresher } from './use-refresh';

interface Props {
  refresher: Refresher;
  /** The feed whose state is reported (the one tried last). */
  feed: FeedRecord | undefined;
  online: boolean;
  now: number;
  /** Whether stories are on show: only then does the bar say how old they are. */
  showingStories: boolean;
  /** Further buttons, after Refresh. */
  children?: ComponentChildren;
}

/** The top of a page of stories: the masthead with Refresh, then the offline notice or the last failure, if any. */
export function PageHeader({ refresher, feed, online, now, showingStories, children }: Props) {
  return (
    <>
      <Masthead busy={refresher.busy} onRefresh={refresher.refresh} updatedAt={feed?.lastSuccessAt} now={now}>
        {children}
      </Masthead>
      <StatusBar
        online={online}
        failure={feed?.lastError ?? refresher.unstoredFailure}
        feedUrl={feed?.url}
        savedAt={showingStories ? feed?.lastSuccessAt : undefined}
        now={now}
      />
    </>
  );
}
