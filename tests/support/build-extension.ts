import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_PROFILE = fileURLToPath(new URL('../fixtures/demo/profile.json', import.meta.url));

/** Builds the Chrome extension for a feed URL into its own output folder and returns that folder. */
export function buildExtension(options: { feedUrl: string; outDir: string; profile?: string }): string {
  execFileSync(`${ROOT}node_modules/.bin/wxt`, ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      WXT_PUBLISHER_PROFILE: options.profile ?? DEMO_PROFILE,
      WXT_FEED_URL: options.feedUrl,
      WXT_OUT_DIR: options.outDir,
    },
  });
  return `${options.outDir}/chrome-mv3`;
}
