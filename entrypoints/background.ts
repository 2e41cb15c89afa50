import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../refresh/handle-message';
import { refreshAll } from '../refresh/refresh-all';
import { REFRESH_ALARM, scheduleRefresh } from '../refresh/schedule-refresh';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void refreshAll();
  });
  browser.runtime.onStartup.addListener(() => {
    void refreshAll();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll();
  });
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message));
  void scheduleRefresh();
});
