// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../../../extract/extract-article';
import { extractInBackground } from '../../../extract/extract-in-background';
import { LOGIN_PAGE, STORY_PAGE, STORY_URL } from './story-pages';

// Firefox's background page has a DOM; Chrome's offscreen path is covered here with a fake in
// extract-offscreen.test.ts, and for real by the end-to-end tests.
describe('extractInBackground where the background has a DOM', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('extracts the story right there, opening no offscreen document', async () => {
    const createDocument = vi.spyOn(fakeBrowser.offscreen, 'createDocument');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    expect(await extractInBackground(STORY_PAGE, STORY_URL)).toEqual(extractArticle(STORY_PAGE, STORY_URL));
    expect(createDocument).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('gives undefined for a page with no story', async () => {
    expect(await extractInBackground(LOGIN_PAGE, STORY_URL)).toBeUndefined();
  });
});
