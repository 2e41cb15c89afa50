import { storage } from 'wxt/utils/storage';

/** A story the popup asked the side panel to show; kept for the browser session only. */
export interface OpenStoryRequest {
  id: string;
  at: number;
}

export const openStoryRequest = storage.defineItem<OpenStoryRequest | null>('session:openStory', { fallback: null });
