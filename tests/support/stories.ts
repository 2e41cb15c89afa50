import type { FetchedItem } from '../../storage';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The tests' "now": stories are dated relative to it. */
export const NOW = Date.UTC(2026, 10, 26, 9, 0);

/** A feed item as the parser would hand it over, published `hoursAgo` before NOW. */
export function story(id: string, hoursAgo: number, extra: Partial<FetchedItem> = {}): FetchedItem {
  return {
    id,
    title: `Story ${id}`,
    url: `https://infofinance.com/${id}`,
    publishedAt: NOW - hoursAgo * HOUR,
    categories: [],
    ...extra,
  };
}
