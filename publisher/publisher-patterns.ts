import { originPattern } from './origin-pattern.ts';
import type { PublisherProfile } from './publisher-profile.ts';

/**
 * The publisher's own origins as match patterns: the homepage's site (its subdomains too, for a feed or a CDN found
 * there) and the feed's origin. The build grants them; whole stories are read only from pages there.
 */
export function publisherPatterns({ homepage, feedUrl }: Pick<PublisherProfile, 'homepage' | 'feedUrl'>): string[] {
  const site = sitePattern(homepage);
  return feedUrl && !patternCovers(site, feedUrl) ? [site, originPattern(feedUrl)] : [site];
}

/**
 * The homepage's domain and every subdomain (`*.` matches the bare domain too), so a feed discovered on www. or
 * feeds. is reachable; an IP address or localhost has no subdomains.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
function sitePattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  const isAddress = hostname === 'localhost' || hostname.startsWith('[') || /^[\d.]+$/.test(hostname);
  if (isAddress) return originPattern(url);
  // www.example.com grants example.com and its subdomains; www.com grants just www.com's.
  const domain = /^www\.[^.]+\./.test(hostname) ? hostname.slice(4) : hostname;
  return `${protocol}//*.${domain}/*`;
}

/** Whether a pattern made here (`scheme://host/*` or `scheme://*.domain/*`) matches the URL's origin. */
export function patternCovers(pattern: string, url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const [scheme, host = ''] = pattern.slice(0, -'/*'.length).split('//');
  if (scheme !== protocol) return false;
  if (!host.startsWith('*.')) return host === hostname;
  return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
}
