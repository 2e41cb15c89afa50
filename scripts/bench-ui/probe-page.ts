/**
 * Installed before any script of a page (Playwright's addInitScript), the same in the popup, the bare page and the
 * side panel: it notes when the page first shows a story, when a search's rows are on screen, and scrolls lists.
 * Times are performance.now(), so from the navigation's start (performance.timeOrigin).
 */

export interface Painted {
  /** When the element was first in the DOM. */
  inDom: number;
  /** One animation frame and the task after it later: the frame that shows it has been painted. */
  painted: number;
}

export interface ShownQuery {
  /** The keydown's timeStamp. */
  keyAt: number;
  /** When the list's rows reflected the query, a frame and a task later. */
  painted: number;
}

export interface ScrollResult {
  ms: number;
  steps: number;
  scrollHeight: number;
  /** Whether the story asked for was in the list at the end. */
  reachedLast: boolean;
}

/** What tells a story's row: a link to it (the original or the reader's), or its title. */
export interface StoryMark {
  id: string;
  url: string;
  title: string;
}

export interface Probe {
  firstStory: Promise<Painted>;
  /** Call before a key is pressed: `shown` then resolves when `.story-scroller` says it shows `query`. */
  armShown(query: string): void;
  shown?: Promise<ShownQuery>;
  /** Scrolls `.story-scroller` a screen at a time until it stops growing and its last row is `last`. */
  scrollToEnd(last: StoryMark, patienceMs: number): Promise<ScrollResult>;
}

/** How page.evaluate callbacks reach the probe. */
export interface ProbeGlobal {
  benchProbe: Probe;
}

const STORY = 'a.article-link';
const SCROLLER = '.story-scroller';

const frameThenTask = (): Promise<number> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A message runs as the next task, unlike setTimeout, which may be clamped.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });

/** Resolves with when `found()` first held, checked now and on every change to the document. */
const whenInDom = (found: () => boolean, attributes?: string[]): Promise<number> =>
  new Promise((resolve) => {
    if (found()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      ...(attributes ? { attributes: true, attributeFilter: attributes } : {}),
    });
  });

let lastKeyAt = Number.NaN;
addEventListener('keydown', (event) => (lastKeyAt = event.timeStamp), true);

const probe: Probe = {
  firstStory: whenInDom(() => document.querySelector(STORY) !== null).then(async (inDom) => ({
    inDom,
    painted: await frameThenTask(),
  })),
  armShown(query) {
    const shows = () => document.querySelector(SCROLLER)?.getAttribute('data-shown-query') === query;
    probe.shown = whenInDom(shows, ['data-shown-query']).then(async () => ({
      keyAt: lastKeyAt,
      painted: await frameThenTask(),
    }));
  },
  async scrollToEnd(last, patienceMs) {
    const scroller = document.querySelector(SCROLLER) as HTMLElement;
    const rendered = () => {
      const row = [...scroller.querySelectorAll<HTMLAnchorElement>(STORY)].at(-1);
      if (!row) return false;
      return (
        row.href === last.url ||
        row.href.endsWith(encodeURIComponent(last.id)) ||
        row.textContent?.includes(last.title) === true
      );
    };
    const started = performance.now();
    let steps = 0;
    let top = -1;
    let stuckSince = started;
    for (;;) {
      scroller.scrollTop += scroller.clientHeight;
      steps += 1;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      if (scroller.scrollTop > top) {
        top = scroller.scrollTop;
        stuckSince = now;
      } else if (rendered() || now - stuckSince > patienceMs) {
        break;
      }
    }
    return { ms: performance.now() - started, steps, scrollHeight: scroller.scrollHeight, reachedLast: rendered() };
  },
};
(globalThis as unknown as ProbeGlobal).benchProbe = probe;
