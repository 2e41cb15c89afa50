import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jitteredDelay } from '../../../refresh/jittered-delay';
import { REFRESH_ALARM, scheduleRefresh } from '../../../refresh/schedule-refresh';
import { refreshIntervalSetting } from '../../../storage';

describe('the refresh schedule', () => {
  it('keeps an alarm that already has the right period, so a waking worker does not postpone it', async () => {
    await scheduleRefresh(30);
    const first = await fakeBrowser.alarms.get(REFRESH_ALARM);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await scheduleRefresh(30);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('re-creates the alarm when the period changes', async () => {
    await scheduleRefresh(30);
    await scheduleRefresh(60);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(60);
  });

  it('follows the reader’s setting, kept within 5 minutes and a day', async () => {
    await refreshIntervalSetting.setValue(2);
    await scheduleRefresh();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(5);
    await refreshIntervalSetting.setValue(10_000);
    await scheduleRefresh();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(1440);
  });

  it('first fires at a point of the second half of the period that differs from reader to reader', async () => {
    const before = Date.now();
    await scheduleRefresh(30, () => 0.25);
    const scheduled = (await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime ?? 0;
    expect(scheduled - before).toBeGreaterThanOrEqual(18.75 * 60_000);
    expect(scheduled - before).toBeLessThan(18.75 * 60_000 + 1_000);
  });

  it.each([
    [0, 15],
    [0.5, 22.5],
    [0.999, 29.985],
  ])('spreads first firings over the second half of the period (random %f: %f minutes of 30)', (random, minutes) => {
    expect(jitteredDelay(30, () => random)).toBeCloseTo(minutes, 5);
  });
});
