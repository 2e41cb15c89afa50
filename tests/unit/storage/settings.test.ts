import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION,
  languageSetting,
  notificationsSetting,
  readRefreshInterval,
  readRetention,
  refreshIntervalSetting,
  retentionSetting,
  themeSetting,
} from '../../../storage';

describe('settings', () => {
  it('start from their defaults: every 30 minutes, 1,000 stories, 90 days, 200 MB, system theme and language', async () => {
    expect(await readRefreshInterval()).toBe(30);
    expect(await readRetention()).toEqual({ maxStoriesPerFeed: 1_000, readDays: 90, budgetMb: 200 });
    expect(await themeSetting.getValue()).toBe('system');
    expect(await languageSetting.getValue()).toBe('auto');
    expect(await notificationsSetting.getValue()).toBe(false);
  });

  it.each([
    [1, 5],
    [5, 5],
    [45, 45],
    [14.6, 15],
    [100_000, 1_440],
    [Number.NaN, 30],
  ])('refresh every %s minutes means every %s', async (saved, used) => {
    await refreshIntervalSetting.setValue(saved);
    expect(await readRefreshInterval()).toBe(used);
  });

  it('fills retention limits saved before a field existed, and ignores nonsense', async () => {
    await retentionSetting.setValue({ maxStoriesPerFeed: 250, readDays: -3 });
    expect(await readRetention()).toEqual({ ...DEFAULT_RETENTION, maxStoriesPerFeed: 250 });
  });
});
