import { defineConfig } from 'wxt';
import { en } from './locales/en.ts';
import { vi } from './locales/vi.ts';
import { loadBuildProfile } from './publisher/load-build-profile.ts';

const { profile, hostPermissions } = loadBuildProfile();
// Feeds a reader adds on other origins ask for access at run time.
const anyWebOrigin = ['https://*/*', 'http://*/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: process.env.WXT_OUT_DIR || '.output',
  vite: () => ({
    define: {
      __PUBLISHER_PROFILE__: JSON.stringify(profile),
      // End-to-end builds refresh every few seconds (unpacked extensions may set alarms that short); 0 in real builds.
      __REFRESH_SECONDS__: JSON.stringify(Number(process.env.WXT_REFRESH_SECONDS) || 0),
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's service worker has no DOMParser, so stories saved for offline reading are extracted there.
    permissions: [
      'storage',
      'alarms',
      'unlimitedStorage',
      ...(browser !== 'firefox' && manifestVersion === 3 ? ['sidePanel', 'offscreen'] : []),
    ],
    host_permissions: hostPermissions,
    // runtime.getContexts, which finds the offscreen document again after the service worker restarts.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    // Notifications are off until the reader turns them on, so the install prompt does not ask for them.
    ...(manifestVersion === 3
      ? { optional_host_permissions: anyWebOrigin, optional_permissions: ['notifications'] }
      : { optional_permissions: [...anyWebOrigin, 'notifications'] }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'news-reader@infofinance.com',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // WXT takes these titles from the pages' <title>; the toolbar and sidebar should name the publisher.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = profile.name;
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = profile.name;
    },
    // The manifest's own strings come from the same message tables as the pages.
    'build:publicAssets': (_wxt, files) => {
      for (const [language, messages] of Object.entries({ en, vi })) {
        files.push({
          relativeDest: `_locales/${language}/messages.json`,
          // A brand reads the same in every language; the name is in each table all the same, as stores expect.
          contents: JSON.stringify(
            { extName: { message: profile.name }, extDescription: { message: messages.extDescription } },
            null,
            2,
          ),
        });
      }
    },
  },
});
