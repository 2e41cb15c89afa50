/**
 * `npm start`: builds the extension with the demo profile, serves the bundled
 * demo feed on 127.0.0.1 and opens Chromium with the extension loaded. With no
 * display it runs headless, saves screenshots of the popup and the side panel
 * under .output/demo/, prints their paths and exits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildExtension } from '../tests/support/build-extension';
import { startFeedServer } from '../tests/support/feed-server';
import { findChromium, INSTALL_HINT } from '../tests/support/find-chromium';
import { launchExtension } from '../tests/support/launch-extension';
import { serveDemo } from '../tests/support/serve-demo';

const DEMO_PORT = 47_812;
const OUT_DIR = fileURLToPath(new URL('../.output/demo', import.meta.url));

const chromiumPath = findChromium() ?? installChromium();
if (!chromiumPath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

console.log('Building the extension with the demo profile…');
const extensionDir = buildExtension({ feedUrl: `http://127.0.0.1:${DEMO_PORT}/feed.xml`, outDir: OUT_DIR });
const server = await startFeedServer(DEMO_PORT).catch((error: Error) => {
  console.error(`Could not serve the demo feed on port ${DEMO_PORT}: ${error.message}`);
  process.exit(1);
});
serveDemo(server);
console.log(`Demo feed: ${server.origin}/feed.xml`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
if (hasDisplay) {
  await runWithWindow(chromiumPath, extensionDir);
} else {
  await takeScreenshots(chromiumPath, extensionDir);
}

/** On a Debian machine where we are root (a container, a CI box), installs Debian's Chromium rather than stopping. */
function installChromium(): string | undefined {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log('Chromium is missing: installing it with apt-get…');
  const apt = (...args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt('update', '-qq').status !== 0 || apt('install', '-y', '-qq', 'chromium').status !== 0) return undefined;
  return findChromium();
}

async function takeScreenshots(executablePath: string, dir: string): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const extension = await launchExtension(executablePath, dir);
  try {
    const shots = [
      { page: 'popup.html', viewport: { width: 380, height: 600 }, file: `${OUT_DIR}/popup.png` },
      { page: 'sidepanel.html', viewport: { width: 420, height: 800 }, file: `${OUT_DIR}/sidepanel.png` },
    ];
    for (const shot of shots) {
      const page = await extension.open(shot.page, shot.viewport);
      await settle(page);
      await page.screenshot({ path: shot.file });
      console.log(`Screenshot: ${shot.file}`);
    }
  } finally {
    await extension.close();
    await server.close();
  }
}

/** Waits until the stories are listed and their pictures have loaded. */
async function settle(page: Page): Promise<void> {
  await page.locator('.article-link').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

async function runWithWindow(executablePath: string, dir: string): Promise<void> {
  const extension = await launchExtension(executablePath, dir, { headless: false });
  await extension.open('popup.html');
  console.log('Chromium is open with the extension loaded. Close the window (or press Ctrl+C) to stop.');
  await new Promise<void>((resolve) => extension.context.on('close', () => resolve()));
  await extension.close();
  await server.close();
}
