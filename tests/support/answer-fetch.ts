import { vi } from 'vitest';

/**
 * Answers fetch from a table of addresses, for sites a test cannot serve itself (the profile's https homepage);
 * any other address fails as an unknown host does. Returns the spy, to restore.
 */
export function answerFetch(pages: Record<string, () => Response>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const page = pages[url];
    if (page) return page();
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${url}`), { code: 'ENOTFOUND' }),
    });
  });
}
