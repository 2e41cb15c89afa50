/**
 * `npm start`: builds the extension with the demo profile, serves the bundled
 * demo feed on 127.0.0.1 and opens Chromium with the extension loaded. With no
 * display it runs headless, saves screenshots of the popup, the side panel, the
 * reader and the options in both languages and themes under .output/demo/,
 * prints their paths and exits.
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
const LANGUAGES = ['en', 'vi'] as const;

/** What the extension pages see of their synced storage. */
type Synced = { chrome: { storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } } } };
const THEMES = ['light', 'dark'] as const;

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
    const popup = await extension.open('popup.html', { width: 380, height: 600 });
    await settle(popup);
    for (const language of LANGUAGES) {
      for (const theme of THEMES) {
        // The options page's own settings, as a reader would choose them there.
        await popup.evaluate((settings) => (globalThis as unknown as Synced).chrome.storage.sync.set(settings), {
          language,
          theme,
        });
        const name = (page: string) => `${OUT_DIR}/${page}-${language}-${theme}.png`;
        await shoot(extension.open('popup.html', { width: 380, height: 600 }), name('popup'), settle);
        await shoot(extension.open('sidepanel.html', { width: 420, height: 800 }), name('sidepanel'), settle);
        await shoot(extension.open('sidepanel.html', { width: 420, height: 800 }), name('reader'), openStory);
        await shoot(extension.open('options.html', { width: 800, height: 1200 }), name('options'), (page) =>
          page.locator('#feed-url').waitFor(),
        );
      }
    }
    await popup.evaluate(() => (globalThis as unknown as Synced).chrome.storage.sync.clear());
    await shoot(extension.open('popup.html', { width: 380, height: 600 }), `${OUT_DIR}/popup.png`, settle);
    await shoot(extension.open('sidepanel.html', { width: 420, height: 800 }), `${OUT_DIR}/sidepanel.png`, settle);
  } finally {
    await extension.close();
    await server.close();
  }
}

async function shoot(opening: Promise<Page>, file: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const page = await opening;
  await ready(page);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`Screenshot: ${file}`);
  await page.close();
}

/** Opens the Vietnamese story, which has a picture, in the side panel's reader. */
async function openStory(page: Page): Promise<void> {
  await settle(page);
  await page.locator('.article-link', { hasText: 'Giá vàng' }).click();
  await page.locator('.reader-content').waitFor();
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
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
