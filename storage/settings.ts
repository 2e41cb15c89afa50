import { storage } from 'wxt/utils/storage';

/**
 * The reader's preferences. They live in browser storage, synced across the reader's browsers where it can, not in
 * the database. Each item is versioned: a change of shape bumps `version` and adds a step to `migrations`, which WXT
 * runs when the extension updates. Objects are read through their `read…` function, which fills fields added since
 * the value was saved with their defaults.
 */

/**
 * A feed address the reader chose on the options page; empty means the publisher's own. Local, not synced: its
 * origin permission was granted on this device only.
 */
export const feedUrlSetting = storage.defineItem<string>('local:feedUrl', { fallback: '', version: 1 });

export const REFRESH_MINUTES = { default: 30, min: 5, max: 24 * 60 } as const;

/** How often the background refreshes, in minutes. */
export const refreshIntervalSetting = storage.defineItem<number>('sync:refreshIntervalMinutes', {
  fallback: REFRESH_MINUTES.default,
  version: 1,
});

/** The refresh period to use: the setting, kept within what is polite to the publisher. */
export async function readRefreshInterval(): Promise<number> {
  const minutes = await refreshIntervalSetting.getValue();
  if (!Number.isFinite(minutes)) return REFRESH_MINUTES.default;
  return Math.min(Math.max(Math.round(minutes), REFRESH_MINUTES.min), REFRESH_MINUTES.max);
}

export interface RetentionLimits {
  /** Per feed, at most this many stories; starred ones are never evicted. */
  maxStoriesPerFeed: number;
  /** Read stories older than this many days are evicted. */
  readDays: number;
  /** The store's whole size, in megabytes: stories, the text read from their pages and their pictures. */
  budgetMb: number;
}

export const DEFAULT_RETENTION: RetentionLimits = { maxStoriesPerFeed: 1_000, readDays: 90, budgetMb: 200 };

export const retentionSetting = storage.defineItem<Partial<RetentionLimits>>('sync:retention', {
  fallback: DEFAULT_RETENTION,
  version: 1,
});

/** The retention limits, each one the saved value when it is a positive number, else its default. */
export async function readRetention(): Promise<RetentionLimits> {
  const saved = await retentionSetting.getValue();
  const limits = { ...DEFAULT_RETENTION };
  for (const key of Object.keys(limits) as (keyof RetentionLimits)[]) {
    const value = saved[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}

export type Theme = 'system' | 'light' | 'dark';
export const themeSetting = storage.defineItem<Theme>('sync:theme', { fallback: 'system', version: 1 });

/** 'auto' follows the browser's language. */
export type LanguageChoice = 'auto' | 'en' | 'vi';
export const languageSetting = storage.defineItem<LanguageChoice>('sync:language', { fallback: 'auto', version: 1 });

/** A notification naming the newest story after a refresh that found new ones. Off until the reader asks. */
export const notificationsSetting = storage.defineItem<boolean>('sync:notifyNewStories', {
  fallback: false,
  version: 1,
});

/** Whether a story whose feed gives only a summary is read whole from its page on the publisher's site. */
export const fullTextSetting = storage.defineItem<boolean>('sync:fetchWholeStories', { fallback: true, version: 1 });
