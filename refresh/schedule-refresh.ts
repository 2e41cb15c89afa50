import { browser } from 'wxt/browser';
import { readRefreshInterval } from '../storage';
import { BUILD_PERIOD_MINUTES } from './build-period';
import { jitteredDelay } from './jittered-delay';

export const REFRESH_ALARM = 'refresh';

/**
 * (Re)creates the refresh alarm, every `periodInMinutes` (the build's period, else the reader's setting), first
 * firing at a random point of the period's second half. Called every time the worker starts, since alarms may not
 * survive an update; an alarm that already has the period is kept, so a waking worker does not postpone it.
 */
export async function scheduleRefresh(periodInMinutes?: number, random: () => number = Math.random): Promise<void> {
  const period = periodInMinutes ?? BUILD_PERIOD_MINUTES ?? (await readRefreshInterval());
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(REFRESH_ALARM, {
    delayInMinutes: jitteredDelay(period, random),
    periodInMinutes: period,
  });
}
