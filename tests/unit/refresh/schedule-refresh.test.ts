import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REFRESH_ALARM, scheduleRefresh } from '../../../refresh/schedule-refresh';

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
});
