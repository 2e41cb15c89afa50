import type { LoadedExtension } from '../../tests/support/launch-extension';
import { openProbed, type Viewport } from './open-probed';
import type { Painted, ProbeGlobal } from './probe-page';

export interface FirstStory extends Painted {
  /** When the document was parsed (domInteractive) and its deferred scripts had run (DOMContentLoaded's end). */
  domInteractive: number;
  domContentLoaded: number;
}

/** Opens `page` in a fresh tab and reports when its first story was painted, in ms from the navigation's start. */
export async function measureFirstStory(
  extension: LoadedExtension,
  probe: string,
  page: string,
  viewport: Viewport,
): Promise<FirstStory> {
  const tab = await openProbed(extension, probe, page, viewport);
  try {
    const painted = await tab.evaluate(() => (globalThis as unknown as ProbeGlobal).benchProbe.firstStory);
    const timing = await tab.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        domInteractive: entry?.domInteractive ?? Number.NaN,
        domContentLoaded: entry?.domContentLoadedEventEnd ?? Number.NaN,
      };
    });
    return { ...painted, ...timing };
  } finally {
    await tab.close();
  }
}
