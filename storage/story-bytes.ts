import type { Article, StoryWords } from './records';

/** Roughly what a story's rows take: the length of their JSON (IndexedDB's own overhead is not counted). */
export function storyBytes(...rows: (Article | StoryWords | undefined)[]): number {
  return rows.reduce((sum, row) => sum + (row ? JSON.stringify(row).length : 0), 0);
}
