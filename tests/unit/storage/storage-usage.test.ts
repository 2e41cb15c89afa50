import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearReadStories,
  feedForSource,
  markRead,
  saveFetchedItems,
  setStarred,
  storageUsage,
} from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

describe('the storage usage', () => {
  let feedId: number;

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('counts the stored stories, the read ones and the starred ones', async () => {
    await saveFetchedItems(feedId, [story('a', 3), story('b', 2), story('c', 1)], NOW);
    await markRead(`${feedId}:a`);
    await markRead(`${feedId}:b`);
    await setStarred(`${feedId}:b`, true);
    await setStarred(`${feedId}:c`, true);
    expect(await storageUsage()).toEqual({ stories: 3, read: 2, starred: 2 });
  });

  it('leaves out stories no longer stored, whose statuses remain', async () => {
    await saveFetchedItems(feedId, [story('a', 3), story('b', 2)], NOW);
    await markRead(`${feedId}:a`);
    await clearReadStories();
    expect(await storageUsage()).toEqual({ stories: 1, read: 0, starred: 0 });
  });

  it('reports the bytes the browser says are used, where it says', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 12_345_678, quota: 1e10 }) } });
    expect(await storageUsage()).toEqual({ stories: 0, read: 0, starred: 0, bytes: 12_345_678 });
  });

  it('still counts stories when the browser cannot estimate', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: () => Promise.reject(new Error('No estimate')) } });
    expect(await storageUsage()).toEqual({ stories: 0, read: 0, starred: 0 });
  });
});
