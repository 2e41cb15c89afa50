import { storage } from 'wxt/utils/storage';

/**
 * A feed address the reader chose on the options page; empty means the publisher's own. Local, not synced: its
 * origin permission was granted on this device only.
 */
export const feedUrlSetting = storage.defineItem<string>('local:feedUrl', { fallback: '' });
