import { profile } from '../publisher/profile';
import { patternCovers, publisherPatterns } from '../publisher/publisher-patterns';

/**
 * Whether a story's page is the publisher's own: on the profile's site or its feed's origin, or on the origin of the
 * feed the reader chose. Pages elsewhere (stories a feed links to on other sites) are not read whole.
 */
export function isPublisherPage(url: string, feedUrl?: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  const patterns = publisherPatterns({ homepage: profile.homepage, feedUrl: feedUrl || profile.feedUrl });
  return patterns.some((pattern) => patternCovers(pattern, page.href));
}
