import type { PublisherProfile } from './publisher-profile';

declare const __PUBLISHER_PROFILE__: PublisherProfile;

/** The profile this build was made for, validated at build time (see load-build-profile.ts). */
export const profile: PublisherProfile = __PUBLISHER_PROFILE__;
