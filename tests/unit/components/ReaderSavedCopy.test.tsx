import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '../../../components/Reader';
import type { DownloadOutcome, Message } from '../../../refresh/messages';
import {
  type ArticleView,
  articleId,
  type DownloadedCopy,
  feedForSource,
  getArticle,
  saveFetchedItems,
  saveOfflineCopy,
} from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

const LEAD = 'https://cdn.infofinance.com/2026/11/gia-vang.jpg';
const CHART = 'https://infofinance.com/2026/11/bieu-do.png';
const WHOLE_TEXT = 'Giá vàng miếng SJC tăng 1,5 triệu đồng mỗi lượng, theo bảng giá sáng nay.';

let feedId: number;
let requests: Message[];
/** Answers the download the reader asked for; set by each test. */
let answer: (request: Message) => Promise<DownloadOutcome | undefined>;

/** Some bytes standing for a picture. */
const picture = (url: string, type = 'image/jpeg') => ({ url, type, data: new Uint8Array([1, 2, 3, 4]).buffer });

async function saveStory(itemId: string, extra: Parameters<typeof story>[2] = {}): Promise<string> {
  await saveFetchedItems(feedId, [story(itemId, 2, { title: 'Giá vàng hôm nay tăng mạnh', ...extra })], NOW);
  return articleId(feedId, itemId);
}

async function download(id: string, copy: Partial<DownloadedCopy>): Promise<ArticleView> {
  await saveOfflineCopy({ id, text: 'feed', pictures: [], missing: [], ...copy }, NOW);
  return (await getArticle(id)) as ArticleView;
}

function renderReader(article: ArticleView) {
  const props = { article, sourceName: 'Info Finance', onBack: vi.fn(), onToggleStar: vi.fn(), onToggleRead: vi.fn() };
  const result = render(<Reader {...props} />);
  return { ...result, rerender: (next: ArticleView) => result.rerender(<Reader {...props} article={next} />) };
}

/** The src of the first element matching `selector`, once it is a saved picture's. */
async function savedSrc(container: Element, selector: string): Promise<string> {
  await waitFor(() => expect(container.querySelector(selector)?.getAttribute('src')).toMatch(/^blob:/));
  return container.querySelector(selector)?.getAttribute('src') ?? '';
}

describe('the reader, with a story saved for reading without a connection', () => {
  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    requests = [];
    answer = async () => undefined;
    // The fake browser answers through sendResponse, as Chrome's callback API does.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      requests.push(message as Message);
      void answer(message as Message).then(sendResponse);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the whole text read from the publisher’s page instead of the feed’s summary', async () => {
    const id = await saveStory('gia-vang', { summary: 'Vàng tăng.' });
    renderReader(await download(id, { text: 'page', page: { html: `<p>${WHOLE_TEXT}</p>` } }));
    await screen.findByText(WHOLE_TEXT);
    expect(screen.queryByText('Vàng tăng.')).toBeNull();
  });

  it('shows saved pictures from the device, without their other sizes or sources on the web', async () => {
    const id = await saveStory('gia-vang');
    const { container } = renderReader(
      await download(id, {
        text: 'page',
        page: {
          html:
            `<p>${WHOLE_TEXT}</p><picture><source srcset="/2026/11/bieu-do.webp" type="image/webp">` +
            '<img src="/2026/11/bieu-do.png" srcset="/2026/11/bieu-do-2x.png 2x" sizes="100vw" alt="Biểu đồ"></picture>' +
            '<img srcset="/2026/11/bang-gia.png 1x, /2026/11/bang-gia-2x.png 2x" alt="Bảng giá">',
        },
        pictures: [picture(CHART, 'image/png'), picture('https://infofinance.com/2026/11/bang-gia.png', 'image/png')],
      }),
    );
    const chart = await screen.findByAltText('Biểu đồ');
    await waitFor(() => expect(chart.getAttribute('src')).toMatch(/^blob:/));
    expect(chart.hasAttribute('srcset')).toBe(false);
    expect(chart.hasAttribute('sizes')).toBe(false);
    // A source left without a srcset offers the browser nothing to load instead.
    expect(container.querySelector('source[srcset]')).toBeNull();
    expect(screen.getByAltText('Bảng giá').getAttribute('src')).toMatch(/^blob:/);
  });

  it('shows the story’s saved picture from the device, and only once when the text starts with it', async () => {
    const first = await download(await saveStory('gia-vang', { imageUrl: LEAD, contentHtml: `<p>${WHOLE_TEXT}</p>` }), {
      pictures: [picture(LEAD)],
    });
    const { container, rerender } = renderReader(first);
    await savedSrc(container, '.reader-lead img');

    const second = await download(
      await saveStory('vang-mieng', {
        imageUrl: LEAD,
        contentHtml: `<p><img src="${LEAD}" alt=""></p><p>Vàng tăng.</p>`,
      }),
      { pictures: [picture(LEAD)] },
    );
    rerender(second);
    await savedSrc(container, '.reader-content img');
    expect(container.querySelector('.reader-lead')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('lets go of the saved pictures when another story opens and when the reader closes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const first = await download(await saveStory('gia-vang', { imageUrl: LEAD }), { pictures: [picture(LEAD)] });
    const second = await download(await saveStory('vang-mieng', { imageUrl: CHART }), { pictures: [picture(CHART)] });
    const { container, rerender, unmount } = renderReader(first);
    const firstSrc = await savedSrc(container, '.reader-lead img');

    rerender(second);
    await waitFor(() => expect(container.querySelector('.reader-lead img')?.getAttribute('src')).not.toBe(firstSrc));
    expect(revoke).toHaveBeenCalledWith(firstSrc);
    const secondSrc = await savedSrc(container, '.reader-lead img');

    unmount();
    expect(revoke).toHaveBeenCalledWith(secondSrc);
  });

  it('says when only the summary could be saved', async () => {
    const id = await saveStory('gia-vang', { summary: 'Vàng tăng.' });
    renderReader(await download(id, { text: 'summary' }));
    await screen.findByText('Only the summary of this story is saved.');
    expect(screen.getByText('Vàng tăng.')).toBeTruthy();
  });

  it('says a downloaded story is downloaded, with no button to download it again', async () => {
    const id = await saveStory('gia-vang', { contentHtml: `<p>${WHOLE_TEXT}</p>` });
    renderReader(await download(id, {}));
    expect(screen.getByText('Downloaded')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });

  it('downloads the story when asked, busy until the background answers, then says it is saved', async () => {
    const id = await saveStory('gia-vang', { contentHtml: `<p>${WHOLE_TEXT}</p>` });
    let finish = () => {};
    answer = (request) =>
      new Promise((resolve) => {
        finish = () =>
          void saveOfflineCopy({
            id: (request as { articleId: string }).articleId,
            text: 'feed',
            pictures: [],
            missing: [],
          }).then((copy) => resolve(copy && { ok: true, copy }));
      });
    const { rerender } = renderReader((await getArticle(id)) as ArticleView);

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const busy = await screen.findByRole('button', { name: 'Downloading…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(requests).toEqual([{ type: 'download', articleId: id }]);

    finish();
    const said = await screen.findByText('Downloaded, with its pictures: it reads the same with no connection.');
    expect(said.getAttribute('role')).toBe('status');
    rerender((await getArticle(id)) as ArticleView);
    expect(screen.getByText('Downloaded')).toBeTruthy();
  });

  it('says why a download failed, in words', async () => {
    const id = await saveStory('gia-vang');
    answer = async () => ({ ok: false, failure: { kind: 'network', message: 'Could not reach', at: NOW } });
    renderReader((await getArticle(id)) as ArticleView);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const said = await screen.findByText('Could not reach infofinance.com.');
    expect(said.getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Download' }).getAttribute('aria-busy')).toBe('false');
  });

  it('says which pictures could not be saved, and why', async () => {
    const id = await saveStory('gia-vang', { contentHtml: `<p>${WHOLE_TEXT}</p>` });
    answer = async () => {
      const copy = await saveOfflineCopy({
        id,
        text: 'feed',
        pictures: [],
        missing: [
          { url: LEAD, why: 'too-large' },
          { url: CHART, why: 'failed' },
          { url: 'https://infofinance.com/2026/11/bang-gia.png', why: 'failed' },
        ],
      });
      return copy && { ok: true, copy };
    };
    renderReader((await getArticle(id)) as ArticleView);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await screen.findByText('The text is saved. 1 picture is too large to save. 2 pictures could not be downloaded.');
  });

  it('asks, within the click, for the sites whose pictures it was not allowed to fetch, then downloads whatever the answer', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const id = await saveStory('gia-vang', { contentHtml: `<p>${WHOLE_TEXT}</p>` });
    const article = await download(id, {
      missing: [
        { url: 'https://img.tinnhanh.example/a.jpg', why: 'no-access' },
        { url: 'https://img.tinnhanh.example/b.jpg', why: 'no-access' },
        { url: 'http://anh.example:8080/c.jpg', why: 'no-access' },
        { url: CHART, why: 'failed' },
      ],
    });
    renderReader(article);
    // A story with a saved copy shows its text once the copy is read, and with it what was refused.
    await screen.findByText(WHOLE_TEXT);

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://img.tinnhanh.example/*', 'http://anh.example/*'] });
    await waitFor(() => expect(requests).toEqual([{ type: 'download', articleId: id }]));
  });

  it('asks for no access when no picture was refused', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const id = await saveStory('gia-vang');
    renderReader((await getArticle(id)) as ArticleView);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(request).not.toHaveBeenCalled();
  });
});
