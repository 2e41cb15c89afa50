import { browser } from 'wxt/browser';

export const REFRESH_ALARM = 'refresh';
const DEFAULT_PERIOD_MINUTES = 30;

/** (Re)creates the refresh alarm; called every time the worker starts, since alarms may not survive an update. */
export async function scheduleRefresh(periodInMinutes = DEFAULT_PERIOD_MINUTES): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: periodInMinutes, periodInMinutes });
}
