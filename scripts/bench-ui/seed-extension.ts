import type { LoadedExtension } from '../../tests/support/launch-extension';
import type { SeedOptions, SeedPage, SeedResult } from './seed-page';

/** Fills the extension's own store (its origin's IndexedDB) from seed.html, which saves through storage/. */
export async function seedExtension(extension: LoadedExtension, options: SeedOptions): Promise<SeedResult> {
  const tab = await extension.open('seed.html');
  try {
    await tab.waitForFunction(() => 'seedStories' in globalThis);
    return await tab.evaluate((seed) => (globalThis as unknown as SeedPage).seedStories(seed), options);
  } finally {
    await tab.close();
  }
}
