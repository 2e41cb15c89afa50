/**
 * Stories saved whole for reading offline, in Chromium with the extension built for the benchmark (its feed on a
 * local server, refreshing every 2 s): the bytes stored per story for the demo feed, the time from the feed's fetch
 * until 50 summary-only stories are complete (each page read whole, two 100 KB pictures each; median of 3 fresh
 * profiles), and how the byte budget holds when 200 such stories (60 MB of pictures) meet a 20 MB budget.
 * Raw figures go to .output/bench-offline.json. Run: npm run bench:offline
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { OfflineCopy } from '../storage';
import { buildExtension } from '../tests/support/build-extension';
import { startFeedServer } from '../tests/support/feed-server';
import { findChromium, INSTALL_HINT } from '../tests/support/find-chromium';
import { launchExtension } from '../tests/support/launch-extension';
import { serveDemo } from '../tests/support/serve-demo';
import { readCopies } from './bench-offline/read-copies';
import { serveSite } from './bench-offline/serve-site';
import { median } from './bench-ui/median';

const OUT_DIR = fileURLToPath(new URL('../.output/bench-offline', import.meta.url));
const RESULTS = fileURLToPath(new URL('../.output/bench-offline.json', import.meta.url));
const RUNS = 3;
const BUDGET_MB = 20;
const MB = 1024 * 1024;

const log = (line: string) => console.log(`bench:offline: ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bytesOf = (copy: OfflineCopy) => copy.storyBytes + copy.textBytes + copy.pictureBytes;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const countOf = (values: string[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Polls the copies until `done` says so (or the limit passes); returns them and when that was. */
async function waitForCopies(page: Page, done: (copies: OfflineCopy[]) => boolean, limitMs = 120_000) {
  const start = performance.now();
  for (;;) {
    const copies = await readCopies(page);
    if (done(copies) || performance.now() - start > limitMs) return { copies, at: performance.now() };
    await sleep(50);
  }
}

/** Polls until the copies stop changing for `quietMs`. */
async function waitForQuiet(page: Page, quietMs = 8_000, limitMs = 240_000) {
  const start = performance.now();
  let last = '';
  let since = performance.now();
  for (;;) {
    const copies = await readCopies(page);
    const shape = JSON.stringify(copies.map((copy) => [copy.id, copy.pictureBytes, copy.textBytes]));
    if (shape !== last) {
      last = shape;
      since = performance.now();
    } else if (performance.now() - since > quietMs || performance.now() - start > limitMs) {
      return copies;
    }
    await sleep(250);
  }
}

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(INSTALL_HINT);
const server = await startFeedServer(0);
const results: Record<string, unknown> = { loadAtStart: loadavg()[0] };
try {
  log('building…');
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const dir = buildExtension({ outDir: `${OUT_DIR}/build`, feedUrl: `${server.origin}/feed.xml`, refreshSeconds: 2 });
  const fresh = async (name: string) => {
    const profile = `${OUT_DIR}/profile-${name}`;
    rmSync(profile, { recursive: true, force: true });
    return launchExtension(chromiumPath, dir, { userDataDir: profile });
  };

  // 1. The demo feed: bytes per story.
  serveDemo(server);
  {
    const browser = await fresh('demo');
    try {
      const page = await browser.open('options.html');
      const { copies } = await waitForCopies(page, (all) => all.length >= 6 && all.every((copy) => copy.complete));
      const perStory = sum(copies.map(bytesOf)) / copies.length;
      results.demo = {
        stories: copies.length,
        complete: copies.filter((copy) => copy.complete).length,
        averageBytes: perStory,
        averageStory: sum(copies.map((copy) => copy.storyBytes)) / copies.length,
        averageText: sum(copies.map((copy) => copy.textBytes)) / copies.length,
        averagePictures: sum(copies.map((copy) => copy.pictureBytes)) / copies.length,
        texts: copies.map((copy) => copy.text),
      };
      log(`demo feed: ${copies.length} stories, ${kb(perStory)} per story on average`);
    } finally {
      await browser.close();
    }
  }

  // 2. Fifty summary-only stories, from the feed's fetch to the last one complete.
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let fetchedAt: number | undefined;
    serveSite(server, {
      stories: 50,
      pictureBytes: 100_000,
      now: Date.now(),
      onFeed: () => (fetchedAt ??= performance.now()),
    });
    const browser = await fresh(`fifty-${run}`);
    try {
      const page = await browser.open('options.html');
      const { copies, at } = await waitForCopies(page, (all) => all.filter((copy) => copy.complete).length >= 50);
      const complete = copies.filter((copy) => copy.complete).length;
      const ms = at - (fetchedAt ?? at);
      times.push(ms);
      log(`50 stories: ${complete} complete ${(ms / 1000).toFixed(2)} s after the feed was fetched`);
    } finally {
      await browser.close();
    }
  }
  results.fifty = { runsMs: times, medianMs: median(times) };

  // 3. A budget overrun: 200 stories with 2 × 150 KB pictures each against a 20 MB budget.
  serveSite(server, { stories: 0, pictureBytes: 0, now: Date.now() });
  {
    const browser = await fresh('budget');
    try {
      const page = await browser.open('options.html');
      // The retention setting's own key in browser.storage (storage/settings.ts), set as the options page would.
      await page.evaluate(
        (budgetMb) =>
          (
            globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
          ).chrome.storage.sync.set({ retention: { budgetMb } }),
        BUDGET_MB,
      );
      const before = server.requests.length;
      serveSite(server, { stories: 200, pictureBytes: 150_000, now: Date.now(), hoursApart: 0.5 });
      const copies = await waitForQuiet(page);
      copies.sort((a, b) => b.sortAt - a.sortAt);
      const text = sum(copies.map((copy) => copy.storyBytes + copy.textBytes));
      const pictures = sum(copies.map((copy) => copy.pictureBytes));
      const withPictures = copies.filter((copy) => copy.pictureBytes > 0);
      const estimate = await page.evaluate(() => navigator.storage.estimate());
      const pictureRequests = server.requests
        .slice(before)
        .filter((request) => request.path.startsWith('/media/')).length;
      results.budget = {
        budgetMb: BUDGET_MB,
        copies: copies.length,
        complete: copies.filter((copy) => copy.complete).length,
        withPictures: withPictures.length,
        newestWithout: copies.findIndex((copy) => copy.pictureBytes === 0),
        textMb: text / MB,
        picturesMb: pictures / MB,
        heldMb: (text + pictures) / MB,
        estimateMb: (estimate.usage ?? 0) / MB,
        pictureRequests,
        pictureGaps: countOf(copies.flatMap((copy) => copy.missing.map((gap) => gap.why))),
      };
      log(
        `budget ${BUDGET_MB} MB: ${copies.length} copies, the newest ${withPictures.length} with pictures, holding ` +
          `${((text + pictures) / MB).toFixed(1)} MB (text ${(text / MB).toFixed(1)}, pictures ` +
          `${(pictures / MB).toFixed(1)}); ${pictureRequests} pictures fetched for 400; browser estimate ` +
          `${((estimate.usage ?? 0) / MB).toFixed(1)} MB`,
      );
    } finally {
      await browser.close();
    }
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`raw figures in ${RESULTS}`);
} finally {
  await server.close();
}
