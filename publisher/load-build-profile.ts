import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publisherPatterns } from './publisher-patterns.ts';
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
  return { profile, hostPermissions: publisherPatterns(profile) };
}
