import { storage } from 'wxt/utils/storage';

/** A feed address the reader chose on the options page; empty means the publisher's own. */
export const feedUrlSetting = storage.defineItem<string>('sync:feedUrl', { fallback: '' });
