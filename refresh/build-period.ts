declare const __REFRESH_SECONDS__: number;

/**
 * A refresh period the build fixes, in minutes, instead of the reader's setting: end-to-end builds refresh every few
 * seconds so a test can watch the schedule fire. Undefined in every other build.
 */
export const BUILD_PERIOD_MINUTES: number | undefined = __REFRESH_SECONDS__ > 0 ? __REFRESH_SECONDS__ / 60 : undefined;
