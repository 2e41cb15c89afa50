import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) as a tab. */
  open(page: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

// Without these, Chromium reaches for Google's services at start-up, which a closed network refuses.
const QUIET = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  '--disable-gpu',
  '--no-sandbox',
];

/** Starts Chromium (headless unless told otherwise) with the built extension loaded, in a fresh (or the given) profile. */
export async function launchExtension(
  executablePath: string,
  extensionDir: string,
  options: { userDataDir?: string; locale?: string; headless?: boolean } = {},
): Promise<LoadedExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'reader-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    args: [...QUIET, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    async open(page, viewport) {
      const tab = await context.newPage();
      if (viewport) await tab.setViewportSize(viewport);
      await tab.goto(`chrome-extension://${id}/${page}`);
      return tab;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
