import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildExtension } from './build-extension';
import { findChromium, INSTALL_HINT } from './find-chromium';

/** The port the end-to-end build's feed lives on: the feed URL is baked into the build. */
export const E2E_PORT = 47_813;
const OUT_DIR = fileURLToPath(new URL('../../.output/e2e', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    extensionDir: string;
    feedPort: number;
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
  const extensionDir = buildExtension({ feedUrl: `http://127.0.0.1:${E2E_PORT}/feed.xml`, outDir: OUT_DIR });
  project.provide('chromiumPath', chromiumPath);
  project.provide('extensionDir', extensionDir);
  project.provide('feedPort', E2E_PORT);
}
