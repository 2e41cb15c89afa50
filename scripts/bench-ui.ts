/**
 * How the pages feel with 10,000 stories cached, in Chromium with the extension built for the benchmark: the popup's
 * first story beside a bare page's, the side panel's search as one types, its JS heap after scrolling the whole list,
 * and the popup's JavaScript gzipped. The stories are saved into the extension's own IndexedDB through storage/ (see
 * bench-ui/seed-page.ts); the feed server on 127.0.0.1 answers 304, so the background saves nothing meanwhile.
 * Raw figures go to .output/bench-ui.json. Under a minute on two cores. Run: npm run bench:ui
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startFeedServer } from '../tests/support/feed-server';
import { findChromium, INSTALL_HINT } from '../tests/support/find-chromium';
import { launchExtension } from '../tests/support/launch-extension';
import { waitForIdle } from './bench-store/wait-for-idle';
import { benchStories, STORY_COUNT } from './bench-ui/bench-stories';
import { buildBenchExtension } from './bench-ui/build-bench-extension';
import { type FirstStory, measureFirstStory } from './bench-ui/measure-first-story';
import { measureScrollHeap, type ScrollHeap } from './bench-ui/measure-scroll-heap';
import { measureTyping, type TypingResult } from './bench-ui/measure-typing';
import { oldestStory } from './bench-ui/oldest-story';
import { openProbed } from './bench-ui/open-probed';
import { popupScriptSize } from './bench-ui/popup-script-size';
import type { Painted, ProbeGlobal } from './bench-ui/probe-page';
import { reportFigures, TARGET } from './bench-ui/report-figures';
import { seedExtension } from './bench-ui/seed-extension';
import { serveBench } from './bench-ui/serve-bench';

const OUT_DIR = fileURLToPath(new URL('../.output/bench-ui', import.meta.url));
const RESULTS = fileURLToPath(new URL('../.output/bench-ui.json', import.meta.url));
const POPUP = { width: 380, height: 600 };
const SIDE_PANEL = { width: 400, height: 800 };
const OPENS = 10;
const TYPED = 'gia vang';
const TYPING_RUNS = 5;

const log = (line: string) => console.log(`bench:ui: ${line}`);
// A side panel that breaks its contract costs its own figures, not the others'.
const failed = (figure: string) => (error: unknown) => {
  console.error(`bench:ui: ${figure} not measured:`, error instanceof Error ? error.message : error);
  return undefined;
};
const firstStory = () => (globalThis as unknown as ProbeGlobal).benchProbe.firstStory;

const started = performance.now();
// Other work on the machine slows both pages alike but not the targets: the load says how far to trust a run.
const loadAtStart = loadavg()[0] ?? 0;
const chromiumPath = findChromium();
const server = await startFeedServer(0);
try {
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  const now = Date.now();
  const feedUrl = `${server.origin}/feed.xml`;
  const stories = benchStories(server.origin, now);
  const { dir, probe } = await buildBenchExtension(`${OUT_DIR}/build`, feedUrl);
  serveBench(server, stories, `${dir}/icon/128.png`);
  const size = popupScriptSize(dir);

  const profile = `${OUT_DIR}/profile`;
  rmSync(profile, { recursive: true, force: true });
  const browser = await launchExtension(chromiumPath, dir, { userDataDir: profile });
  try {
    // The install's refresh (a 304) first: the feed is then fresh, and the pages opened later fetch nothing.
    for (let waited = 0; waited < 10_000 && !server.requests.some(({ status }) => status === 304); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    log(`seeding ${STORY_COUNT.toLocaleString('en-US')} stories…`);
    const seeded = await seedExtension(browser, { feedUrl, pictureOrigin: server.origin, now, batch: 1_000 });
    const settled = await waitForIdle(profile);
    log(
      `saved ${seeded.saved} stories in ${(seeded.saveMs / 1000).toFixed(1)} s, marked ${seeded.read} read in ` +
        `${(seeded.readMs / 1000).toFixed(1)} s, waited ${(settled / 1000).toFixed(1)} s for Chromium to settle`,
    );

    log(`opening popup.html and bare.html ${OPENS} times each…`);
    const popup: FirstStory[] = [];
    const bare: FirstStory[] = [];
    // A warm-up each, then in turn, so that neither page gets the quieter moments.
    // Each open starts once the browser is quiet again: a closed tab and the background's answers leave work behind.
    const measure = async (page: string) => {
      await waitForIdle(profile, 3_000);
      return measureFirstStory(browser, probe, page, POPUP);
    };
    for (let run = -1; run < OPENS; run++) {
      const popupRun = await measure('popup.html');
      const bareRun = await measure('bare.html');
      if (run < 0) continue;
      popup.push(popupRun);
      bare.push(bareRun);
    }

    // The side panel's own opening, beside the popup's: no target, two opens (the typing's and the scroll's).
    const panelOpens: Painted[] = [];
    const panel = await openProbed(browser, probe, 'sidepanel.html', SIDE_PANEL);
    panelOpens.push(await panel.evaluate(firstStory));
    // The user agent says 150.0.0.0 (user-agent reduction); the DevTools protocol gives the build.
    const { product } = await (await browser.context.newCDPSession(panel)).send('Browser.getVersion');
    const hasScroller = (await panel.locator('.story-scroller').count()) > 0;
    const hasSearch = (await panel.getByRole('searchbox').count()) > 0;
    let typing: TypingResult | undefined;
    if (hasScroller && hasSearch) {
      log(`typing "${TYPED}" into the side panel's search ${TYPING_RUNS} times…`);
      typing = await measureTyping(panel, TYPED, TYPING_RUNS).catch(failed('search'));
    }
    await panel.close();
    let scroll: ScrollHeap | undefined;
    if (hasScroller) {
      log('scrolling the side panel to its last story…');
      const fresh = await openProbed(browser, probe, 'sidepanel.html', SIDE_PANEL);
      panelOpens.push(await fresh.evaluate(firstStory));
      scroll = await measureScrollHeap(fresh, oldestStory(stories, seeded.feedId, now)).catch(failed('scroll'));
      await fresh.close();
    }

    const chromium = product.replace(/^\w*Chrome\//, '');
    console.log(
      `\nChromium ${chromium}, headless, ${STORY_COUNT.toLocaleString('en-US')} stories in the extension's IndexedDB; ` +
        `medians of ${OPENS} opens and ${TYPING_RUNS} typings, each after a warm-up; load average ` +
        `${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end, ${cpus().length} CPUs`,
    );
    reportFigures({ popup, bare, panelOpens, typing, scroll, size, stories: STORY_COUNT });
    const missing = !hasScroller ? '.story-scroller' : !hasSearch ? 'search box' : undefined;
    if (missing) console.log(`Side panel figures not measured: sidepanel.html has no ${missing}.`);
    mkdirSync(OUT_DIR, { recursive: true });
    const load = { start: loadAtStart, end: loadavg()[0], cpus: cpus().length };
    const raw = {
      chromium,
      at: new Date(now).toISOString(),
      load,
      targets: TARGET,
      seeded,
      popup,
      bare,
      panelOpens,
      typing,
      scroll,
      size,
    };
    writeFileSync(RESULTS, `${JSON.stringify(raw, null, 2)}\n`);
    log(`raw figures in ${RESULTS}; took ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.close();
}
