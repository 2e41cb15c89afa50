import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_PROFILE = fileURLToPath(new URL('../fixtures/demo/profile.json', import.meta.url));

export interface BuildOptions {
  outDir: string;
  /** Overrides the profile's feed (WXT_FEED_URL); without it the profile's own, or discovery from its homepage. */
  feedUrl?: string;
  profile?: string;
  /** Refresh every this many seconds instead of the reader's setting, so a test can watch the schedule fire. */
  refreshSeconds?: number;
}

/** Builds the Chrome extension into its own output folder and returns that folder. */
export function buildExtension(options: BuildOptions): string {
  const { WXT_FEED_URL: _ignored, WXT_REFRESH_SECONDS: _alsoIgnored, ...inherited } = process.env;
  execFileSync(`${ROOT}node_modules/.bin/wxt`, ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...inherited,
      WXT_PUBLISHER_PROFILE: options.profile ?? DEMO_PROFILE,
      WXT_OUT_DIR: options.outDir,
      ...(options.feedUrl ? { WXT_FEED_URL: options.feedUrl } : {}),
      ...(options.refreshSeconds ? { WXT_REFRESH_SECONDS: String(options.refreshSeconds) } : {}),
    },
  });
  return `${options.outDir}/chrome-mv3`;
}
