/**
 * Speed of the offline store, in Node on fake-indexeddb and in Chromium on real IndexedDB, with the same workload
 * (scripts/bench-store/run-workload.ts): saving 10,000 new items beside one bare bulkPut of the same rows, then, over
 * 50,000 stories, the newest page and the next, the unread count and a two-word search; and, over feed 1's 10,000
 * stories, that search typed a keystroke at a time, with queries that find nothing. Median, min and max of
 * several runs after warm-up. Chromium runs headless in a throwaway profile under .output/bench-store, on a page
 * served from 127.0.0.1 (a free port), and the workload waits for its background compaction between big writes.
 * About ten minutes on two cores, most of it writing the word index. Run: npm run bench:store
 */
import 'fake-indexeddb/auto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startFeedServer } from '../tests/support/feed-server';
import { findChromium, INSTALL_HINT } from '../tests/support/find-chromium';
import type { StoreBenchPage } from './bench-store/page';
import {
  FEEDS,
  NO_MATCH,
  PAGE,
  QUERY,
  runWorkload,
  SAVE_ITEMS,
  STORIES,
  TYPED,
  type WorkloadOptions,
  type WorkloadResult,
} from './bench-store/run-workload';
import { waitForIdle } from './bench-store/wait-for-idle';

/**
 * The same runs in both places. Three saves only: the word index makes a 10,000-story save take tens of seconds in
 * Chromium on a small machine (fake-indexeddb, all in memory, is faster at it).
 */
const RUNS: WorkloadOptions = { saveRuns: 3, readRuns: 20, readWarmup: 3 };
const OUT_DIR = fileURLToPath(new URL('../.output/bench-store', import.meta.url));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const number = (value: number) => value.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Row {
  name: string;
  values: number[];
  unit?: 'ms' | 'x';
  /** The figure must stay under this (medians). */
  target?: number;
}

function table(rows: Row[], withTarget: boolean): void {
  const cells = [
    ['measurement', 'median', 'min', 'max', ...(withTarget ? ['target', 'met'] : [])],
    ...rows.map(({ name, values, unit = 'ms', target }) => {
      const shown = (value: number) => (unit === 'x' ? `${value.toFixed(2)}x` : `${value.toFixed(1)} ms`);
      const middle = median(values);
      return [
        name,
        shown(middle),
        shown(Math.min(...values)),
        shown(Math.max(...values)),
        ...(withTarget
          ? target === undefined
            ? ['-', '-']
            : [`< ${unit === 'x' ? `${target}x` : `${target} ms`}`, middle < target ? 'yes' : 'NO']
          : []),
      ];
    }),
  ];
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of cells) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    );
  }
}

function report(title: string, options: WorkloadOptions, { samples, facts }: WorkloadResult): void {
  const get = (name: string): number[] => samples[name] ?? [];
  const save = get('save');
  const ratios = save.map((ms, run) => ms / (get('bulkPut')[run] ?? Number.NaN));
  console.log(`\n${title}`);
  const fills = Array.from({ length: FEEDS - 1 }, (_, index) => seconds(facts[`fill${index + 2}`] ?? Number.NaN));
  console.log(
    `${options.saveRuns} runs of each save, ${options.readRuns} of each read (after warm-up). ` +
      `${number(STORIES)} stories: feed 1 from the last save run, feeds 2-${FEEDS} saved ${number(SAVE_ITEMS)} at a time ` +
      `in ${fills.join(', ')}; ${facts.wordsPerStory?.toFixed(0)} words per story in the search index.` +
      (facts.settleSeconds
        ? ` Waited ${seconds((facts.settleSeconds ?? 0) * 1000)} in all for background compaction.`
        : ''),
  );
  table(
    [
      { name: `saveFetchedItems, ${number(SAVE_ITEMS)} new items`, values: save },
      { name: `bulkPut of the same ${number(SAVE_ITEMS)} articles and words`, values: get('bulkPut') },
      { name: 'save / bulkPut, run by run', values: ratios, unit: 'x', target: 1.5 },
      { name: `listArticles, newest ${PAGE} of ${number(STORIES)}`, values: get('firstPage'), target: 10 },
      { name: 'listArticles, second page (after: next)', values: get('secondPage'), target: 10 },
      { name: `unreadCount(), ${number(facts.unread ?? 0)} unread`, values: get('unread') },
      { name: `searchArticles('${QUERY}'), ${facts.searchShown} shown`, values: get('search'), target: 50 },
      ...NO_MATCH.map((query) => ({ name: `searchArticles('${query}'), no match`, values: get(`none:${query}`) })),
    ],
    true,
  );
  console.log(`search as you type '${QUERY}', ${number(SAVE_ITEMS)} stories (feed 1 alone), limit ${PAGE}:`);
  const typed = TYPED.map((query) => ({
    name: `  '${query}', ${facts[`typed:${query}`]} shown`,
    values: get(`typed:${query}`),
    target: 50,
  }));
  table(
    [
      ...typed,
      ...NO_MATCH.map((query) => ({ name: `  '${query}', no match`, values: get(`none10k:${query}`), target: 50 })),
    ],
    true,
  );
  const worst = typed.reduce((slowest, step) => (median(step.values) > median(slowest.values) ? step : slowest));
  console.log(`worst keystroke: ${worst.name.trim()}, ${median(worst.values).toFixed(1)} ms (median)`);
  console.log('where the time goes (each step alone; no target):');
  table(
    [
      { name: `  save: build ${number(SAVE_ITEMS)} rows with searchWords (CPU)`, values: get('phase:rows') },
      { name: '  save: bulkGet ids x2 + [feedId+url] anyOf (empty store)', values: get('phase:lookups') },
      { name: `  save: db.statuses.bulkPut, ${number(SAVE_ITEMS)} rows`, values: get('phase:statuses') },
      { name: `  list: idsInOrder, ${PAGE + 1} keys of [sortAt+id]`, values: get('list:ids') },
      { name: `  list: viewsOf, ${PAGE} articles + statuses by id`, values: get('list:rows') },
      { name: '  count: db.statuses.count(), no index range', values: get('count:all') },
      {
        name: `  naive search, for comparison: every word's keys ('${QUERY.split(' ')[0]}' ${number(facts.searchWord ?? 0)}, '${QUERY.split(' ')[1]}*' ${number(facts.searchPrefix ?? 0)})`,
        values: get('search:index'),
      },
      {
        name: `  naive search: statuses of all ${number(facts.searchBoth ?? 0)} matches`,
        values: get('search:statuses'),
      },
      { name: `  naive search: rows of the newest ${PAGE}`, values: get('search:rows') },
    ],
    false,
  );
}

/** The workload as one script for a plain page, built by Vite (library mode, IIFE). */
async function bundle(): Promise<string> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('..', import.meta.url)),
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: `${OUT_DIR}/page`,
      emptyOutDir: true,
      minify: false,
      target: 'esnext',
      lib: {
        entry: fileURLToPath(new URL('./bench-store/page.ts', import.meta.url)),
        formats: ['iife'],
        name: 'storeBench',
        fileName: () => 'bench-store.js',
      },
    },
  });
  return readFileSync(`${OUT_DIR}/page/bench-store.js`, 'utf8');
}

/**
 * Runs the workload in a page of a throwaway on-disk profile, where an extension's IndexedDB lives. Not in
 * `browser.newContext()`: that context is off the record, and Chromium keeps its IndexedDB in memory with another
 * backend, several times slower at these writes and slower still as a transaction grows (1,000 rows: 19 s against 2 s).
 */
async function inChromium(executablePath: string): Promise<{ version: string; result: WorkloadResult }> {
  const script = await bundle();
  const profile = `${OUT_DIR}/profile`;
  rmSync(profile, { recursive: true, force: true });
  const server = await startFeedServer(0);
  server.route('/', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><meta charset="utf-8"><title>bench:store</title><script src="/bench-store.js"></script>',
  });
  server.route('/favicon.ico', { status: 204 });
  server.route('/bench-store.js', { headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: script });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    await context.exposeFunction('benchSettle', () => waitForIdle(profile));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => console.log(`  chromium: ${message.text()}`));
    await page.goto(`${server.origin}/`);
    // The user agent says 150.0.0.0 (user-agent reduction); the DevTools protocol gives the build.
    const { product } = await (await context.newCDPSession(page)).send('Browser.getVersion');
    const result = await page.evaluate(
      (options) => (globalThis as unknown as StoreBenchPage).runStoreBench(options),
      RUNS,
    );
    return { version: product.replace(/^\w*Chrome\//, ''), result };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const started = performance.now();
try {
  console.log(`bench:store: Node ${process.version}, fake-indexeddb…`);
  const node = await runWorkload(RUNS, (line) => console.log(`  node: ${line}`));
  report(`Node ${process.version}, fake-indexeddb (the targets are set for Chromium)`, RUNS, node);

  const executablePath = findChromium();
  if (executablePath) {
    console.log(`\nbench:store: Chromium (${executablePath})…`);
    const { version, result } = await inChromium(executablePath);
    report(`Chromium ${version}, headless, real IndexedDB in an on-disk profile`, RUNS, result);
  } else {
    console.log(`\nChromium figures skipped. ${INSTALL_HINT}`);
  }
  console.log(`\nbench:store took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
