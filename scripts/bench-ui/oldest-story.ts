import type { FetchedItem } from '../../storage/save-fetched-items';
import type { StoryMark } from './probe-page';

/** The story a fully scrolled list ends with: the oldest by the list's order (sortAt, then id), as saved at `now`. */
export function oldestStory(stories: FetchedItem[], feedId: number, now: number): StoryMark {
  const rows = stories.map((item) => ({
    id: `${feedId}:${item.id}`,
    url: item.url ?? '',
    title: item.title,
    sortAt: Math.min(item.publishedAt ?? now, now),
  }));
  rows.sort((a, b) => a.sortAt - b.sortAt || (a.id < b.id ? -1 : 1));
  const { id, url, title } = rows[0] ?? { id: '', url: '', title: '' };
  return { id, url, title };
}
