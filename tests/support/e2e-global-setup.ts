import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildExtension, DEMO_PROFILE } from './build-extension';
import { findChromium, INSTALL_HINT } from './find-chromium';

/** The port the end-to-end build's feed lives on: the feed URL is baked into the build. */
export const E2E_PORT = 47_813;
/** The port of the homepage the discovery build finds its feed from. */
export const DISCOVERY_PORT = 47_814;
/** The end-to-end builds refresh this often, so that a test can watch the schedule bring a new story. */
export const E2E_REFRESH_SECONDS = 2;
const OUT_DIR = fileURLToPath(new URL('../../.output/e2e', import.meta.url));
const DISCOVERY_DIR = fileURLToPath(new URL('../../.output/e2e-discovery', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    extensionDir: string;
    feedPort: number;
    discoveryExtensionDir: string;
    discoveryPort: number;
  }
}

export default function setup(project: TestProject): void {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI) throw new Error(`${INSTALL_HINT} End-to-end tests are required in CI.`);
    console.warn(`\n${INSTALL_HINT}\nSkipping the end-to-end tests.\n`);
    project.provide('chromiumPath', '');
    return;
  }
  rmSync(OUT_DIR, { recursive: true, force: true });
  rmSync(DISCOVERY_DIR, { recursive: true, force: true });
  const extensionDir = buildExtension({
    feedUrl: `http://127.0.0.1:${E2E_PORT}/feed.xml`,
    outDir: OUT_DIR,
    refreshSeconds: E2E_REFRESH_SECONDS,
  });
  // As the default profile is: no feed, only a homepage to discover it from.
  const { feedUrl: _none, ...demo } = JSON.parse(readFileSync(DEMO_PROFILE, 'utf8'));
  mkdirSync(DISCOVERY_DIR, { recursive: true });
  const profile = `${DISCOVERY_DIR}/profile.json`;
  writeFileSync(profile, JSON.stringify({ ...demo, homepage: `http://127.0.0.1:${DISCOVERY_PORT}/` }));
  const discoveryExtensionDir = buildExtension({ profile, outDir: DISCOVERY_DIR, refreshSeconds: E2E_REFRESH_SECONDS });
  project.provide('chromiumPath', chromiumPath);
  project.provide('extensionDir', extensionDir);
  project.provide('feedPort', E2E_PORT);
  project.provide('discoveryExtensionDir', discoveryExtensionDir);
  project.provide('discoveryPort', DISCOVERY_PORT);
}
