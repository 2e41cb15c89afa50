import { profile } from '../publisher/profile';
import { feedUrlSetting } from '../storage';

export interface FeedSource {
  /** The address the reader's feed is asked for. */
  source: string;
  /** The address is a page to discover the feed from. */
  discover: boolean;
}

/** Where the reader's feed comes from: the options page's address, else the profile's feed, else its homepage. */
export async function feedSource(): Promise<FeedSource> {
  const chosen = (await feedUrlSetting.getValue()) || profile.feedUrl;
  return chosen ? { source: chosen, discover: false } : { source: profile.homepage, discover: true };
}
