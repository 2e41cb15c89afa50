import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../refresh/handle-message';
import { listenNotificationClicks } from '../refresh/listen-notification-clicks';
import { refreshAll } from '../refresh/refresh-all';
import { REFRESH_ALARM, scheduleRefresh } from '../refresh/schedule-refresh';
import { watchBadge } from '../refresh/watch-badge';
import { refreshIntervalSetting } from '../storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void refreshAll({ by: 'schedule' });
  });
  browser.runtime.onStartup.addListener(() => {
    void refreshAll({ by: 'schedule' });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll({ by: 'schedule' });
  });
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message));
  listenNotificationClicks();
  refreshIntervalSetting.watch(() => {
    void scheduleRefresh();
  });
  void scheduleRefresh();
  watchBadge();
});
