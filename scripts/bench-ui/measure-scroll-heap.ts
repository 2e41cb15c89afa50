import type { Page } from 'playwright-core';
import type { ProbeGlobal, ScrollResult, StoryMark } from './probe-page';

export interface ScrollHeap extends ScrollResult {
  /** JS heap in use after a forced garbage collection, in bytes: on opening, and after the scroll. */
  heapBefore: number;
  heapAfter: number;
}

/** How long the list may stop growing (while it loads more) before the scroll is taken to have reached its end. */
const PATIENCE_MS = 5_000;

/** Scrolls the page's `.story-scroller` from top to bottom a screen at a time and weighs the JS heap after a GC. */
export async function measureScrollHeap(tab: Page, last: StoryMark): Promise<ScrollHeap> {
  const session = await tab.context().newCDPSession(tab);
  const heap = async () => {
    // Twice: objects a finalizer kept alive in the first pass go in the second.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  try {
    const heapBefore = await heap();
    const scrolled = await tab.evaluate(
      ([story, patience]) => (globalThis as unknown as ProbeGlobal).benchProbe.scrollToEnd(story, patience),
      [last, PATIENCE_MS] as const,
    );
    return { ...scrolled, heapBefore, heapAfter: await heap() };
  } finally {
    await session.detach();
  }
}
