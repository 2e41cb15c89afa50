import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PublisherProfile } from './publisher-profile.ts';
import { ProfileError, validateProfile } from './validate-profile.ts';

export interface BuildProfile {
  profile: PublisherProfile;
  /** Match patterns for the homepage's site (its subdomains too, for a feed found there) and the feed's origin. */
  hostPermissions: string[];
}

const DEFAULT_PROFILE = fileURLToPath(new URL('./default-profile.json', import.meta.url));

/**
 * Build time only (Node): the profile named by WXT_PUBLISHER_PROFILE (else the
 * default), with WXT_FEED_URL overriding its feed, validated.
 */
export function loadBuildProfile(env: Record<string, string | undefined> = process.env): BuildProfile {
  const path = env.WXT_PUBLISHER_PROFILE || DEFAULT_PROFILE;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Publisher profile ${path} could not be read as JSON: ${(error as Error).message}`);
  }
  if (env.WXT_FEED_URL && typeof json === 'object' && json !== null) {
    json = { ...json, feedUrl: env.WXT_FEED_URL };
  }
  let profile: PublisherProfile;
  try {
    profile = validateProfile(json);
  } catch (error) {
    if (error instanceof ProfileError && env.WXT_FEED_URL && error.field === 'feedUrl') {
      throw new ProfileError('WXT_FEED_URL', error.message.replace(/^.*?"feedUrl" /, ''));
    }
    if (error instanceof ProfileError) error.message = `${error.message} (in ${path})`;
    throw error;
  }
  const site = sitePattern(profile.homepage);
  const feed = profile.feedUrl && !covers(site, profile.feedUrl) ? [originPattern(profile.feedUrl)] : [];
  return { profile, hostPermissions: [site, ...feed] };
}

/** Match patterns ignore the port, so one pattern covers a feed on any port of its host. */
function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
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
function covers(pattern: string, url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const [scheme, host = ''] = pattern.slice(0, -'/*'.length).split('//');
  if (scheme !== protocol) return false;
  if (!host.startsWith('*.')) return host === hostname;
  return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
}
