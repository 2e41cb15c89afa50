import type { Page } from 'playwright-core';
import type { ProbeGlobal, ShownQuery } from './probe-page';

export interface TypingResult {
  /** The query after each keystroke. */
  steps: string[];
  /** Per step, ms from the keydown to that query's rows on screen, one per repetition. */
  samples: number[][];
}

/** How long a step may take before the side panel is taken not to show the query at all. */
const STEP_LIMIT_MS = 10_000;

async function shown(tab: Page, query: string): Promise<ShownQuery> {
  const limit = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`.story-scroller never showed data-shown-query="${query}"`)), STEP_LIMIT_MS),
  );
  return Promise.race([tab.evaluate(() => (globalThis as unknown as ProbeGlobal).benchProbe.shown), limit]).then(
    (result) => {
      if (!result) throw new Error('the probe was not armed');
      return result;
    },
  );
}

/**
 * Types `text` into the page's search box one key at a time, `repetitions` times after a warm-up, clearing the box
 * (and waiting for the plain list) between them. Each key waits for its own query's rows before the next.
 */
export async function measureTyping(tab: Page, text: string, repetitions: number): Promise<TypingResult> {
  const steps = [...text].map((_, at) => text.slice(0, at + 1));
  const samples: number[][] = steps.map(() => []);
  const box = tab.getByRole('searchbox');
  await box.click();
  for (let run = 0; run <= repetitions; run++) {
    for (const [at, query] of steps.entries()) {
      await tab.evaluate((expected) => (globalThis as unknown as ProbeGlobal).benchProbe.armShown(expected), query);
      await tab.keyboard.type(query.slice(-1));
      const { keyAt, painted } = await shown(tab, query);
      if (run > 0) samples[at]?.push(painted - keyAt);
    }
    await tab.evaluate(() => (globalThis as unknown as ProbeGlobal).benchProbe.armShown(''));
    await box.fill('');
    await shown(tab, '');
  }
  return { steps, samples };
}
