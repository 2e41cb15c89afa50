import { useMemo } from 'preact/hooks';
import { profile } from '../publisher/profile';
import { type FeedRecord, listFeeds } from '../storage';
import { useLiveQuery } from './use-live-query';

/** Where a feed's stories come from, as a list names it and links to it when a story has no address. */
export interface Source {
  name: string;
  homepage: string;
}

export interface Sources {
  /** The feed tried last: its state is the one to report. */
  latest: FeedRecord | undefined;
  sourceOf(feedId: number): Source;
}

const PUBLISHER: Source = { name: profile.name, homepage: profile.homepage };

/** The stored feeds, live, with the name and site of each; the publisher's for a feed not (yet) known. */
export function useSources(): Sources {
  const feeds = useLiveQuery(listFeeds);
  return useMemo(() => {
    const byId = new Map<number, Source>(
      (feeds ?? []).map((feed) => [
        feed.id,
        { name: feed.title || PUBLISHER.name, homepage: feed.siteUrl ?? PUBLISHER.homepage },
      ]),
    );
    const latest = feeds?.reduce<FeedRecord | undefined>(
      (found, each) => ((each.lastAttemptAt ?? 0) >= (found?.lastAttemptAt ?? 0) ? each : found),
      undefined,
    );
    return { latest, sourceOf: (feedId) => byId.get(feedId) ?? PUBLISHER };
  }, [feeds]);
}
