import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractedArticle } from '../../../extract/extract-article';
import { extractInBackground } from '../../../extract/extract-in-background';

// As in Chrome's service worker (this file runs in Node, which has no DOMParser either): the offscreen document
// extracts, and this fake stands in for Chrome's offscreen and runtime APIs.
const ARTICLE: ExtractedArticle = { html: '<p>The story.</p>', title: 'Rates on hold', textLength: 10 };
const OFFSCREEN_URL = fakeBrowser.runtime.getURL('/offscreen.html');

const storyUrl = (n: number) => `https://infofinance.com/s/${n}`;

let open: boolean;
let answer: ExtractedArticle | null;

function fakeChrome() {
  const getContexts = vi
    .spyOn(fakeBrowser.runtime, 'getContexts')
    .mockImplementation((async () => (open ? [{ documentUrl: OFFSCREEN_URL }] : [])) as never);
  const createDocument = vi.spyOn(fakeBrowser.offscreen, 'createDocument').mockImplementation((async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (open) throw new Error('Only a single offscreen document may be created.');
    open = true;
  }) as never);
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => answer) as never);
  return { getContexts, createDocument, sendMessage };
}

describe('extractInBackground where the background has no DOM', () => {
  beforeEach(() => {
    open = false;
    answer = ARTICLE;
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens the offscreen document to parse the page, and asks it for the story', async () => {
    const chrome = fakeChrome();
    expect(await extractInBackground('<html>page</html>', 'https://infofinance.com/s')).toEqual(ARTICLE);
    expect(chrome.createDocument).toHaveBeenCalledWith({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Extracts the text of story pages for offline reading.',
    });
    expect(chrome.sendMessage).toHaveBeenCalledWith({
      type: 'extract-article',
      html: '<html>page</html>',
      url: 'https://infofinance.com/s',
    });
  });

  it('opens one document for extractions asked for at the same time', async () => {
    const chrome = fakeChrome();
    const answers = await Promise.all([1, 2, 3].map((n) => extractInBackground(`<p>${n}</p>`, storyUrl(n))));
    expect(answers).toEqual([ARTICLE, ARTICLE, ARTICLE]);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
    expect(chrome.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('uses the document already open, as after the service worker restarted', async () => {
    open = true;
    const chrome = fakeChrome();
    expect(await extractInBackground('<p>x</p>', storyUrl(1))).toEqual(ARTICLE);
    expect(chrome.getContexts).toHaveBeenCalledWith({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [OFFSCREEN_URL],
    });
    expect(chrome.createDocument).not.toHaveBeenCalled();
  });

  it('goes on when another context opened the document first', async () => {
    const chrome = fakeChrome();
    chrome.getContexts.mockImplementationOnce((async () => []) as never);
    open = true;
    expect(await extractInBackground('<p>x</p>', storyUrl(1))).toEqual(ARTICLE);
    expect(chrome.createDocument).toHaveBeenCalledTimes(1);
  });

  it('fails when the document cannot be opened, and tries again next time', async () => {
    const chrome = fakeChrome();
    chrome.createDocument.mockImplementationOnce((async () => {
      throw new Error('The offscreen permission is missing.');
    }) as never);
    await expect(extractInBackground('<p>x</p>', storyUrl(1))).rejects.toThrow('The offscreen permission is missing.');
    expect(await extractInBackground('<p>x</p>', storyUrl(1))).toEqual(ARTICLE);
    expect(chrome.createDocument).toHaveBeenCalledTimes(2);
  });

  it('gives undefined when the document finds no story', async () => {
    fakeChrome();
    answer = null;
    expect(await extractInBackground('<form></form>', storyUrl(1))).toBeUndefined();
  });
});
