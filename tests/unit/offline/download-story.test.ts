// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadStory } from '../../../offline/download-story';
import { feedForSource, getStoryCopy, saveFetchedItems } from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { NOW } from '../../support/stories';

const SITE = 'https://infofinance.com';
const FEED = 'http://127.0.0.1:8080/feed.xml';
const sentence = (n: number) =>
  `Paragraph ${n} tells how banks, brokers and savers in Ho Chi Minh City met the week's news, with the figures.`;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Rice exports</title></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav><article><h1>Rice exports reach a record</h1>
<p>Shipments rose on demand from the Philippines. Only the page says the fragrant rice fetched record prices.</p>
<figure><img src="/media/inline.png" width="320" height="200" alt="Chart"></figure>
${[1, 2, 3, 4, 5].map((n) => `<p>${sentence(n)}</p>`).join('')}</article><footer>© Info Finance</footer></body></html>`;

const picture =
  (bytes: number, type = 'image/png') =>
  () =>
    new Response(new Uint8Array(bytes), { headers: { 'content-type': type } });
const page = (html: string) => () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });

/** Answers fetch from a table; any other address fails as a refused connection does. */
function serve(pages: Record<string, () => Response>) {
  const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const answer = pages[url];
    if (answer) return answer();
    throw new TypeError('Failed to fetch');
  });
  return fetch;
}

function fetchedUrls(fetch: ReturnType<typeof serve>): string[] {
  return fetch.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input)));
}

describe('downloading a story for reading with no network', () => {
  let feedId: number;
  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource(FEED)).id;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function saveStory(fields: Record<string, unknown>): Promise<string> {
    await saveFetchedItems(
      feedId,
      [{ id: 'rice', title: 'Rice exports reach a record', categories: [], ...fields }],
      NOW,
    );
    return `${feedId}:rice`;
  }

  it('reads a summary-only story whole from its page on the publisher’s site, with its pictures', async () => {
    const id = await saveStory({
      url: `${SITE}/stories/rice`,
      summary: 'Shipments rose on demand from the Philippines.',
      imageUrl: `${SITE}/media/lead.png`,
    });
    serve({
      [`${SITE}/stories/rice`]: page(PAGE),
      [`${SITE}/media/lead.png`]: picture(1_000),
      [`${SITE}/media/inline.png`]: picture(2_000),
    });

    const copy = await downloadStory(id, { wholeText: true, now: NOW });

    expect(copy).toMatchObject({ complete: 1, text: 'page', pictures: 2, pictureBytes: 3_000, missing: [] });
    const saved = await getStoryCopy(id);
    expect(saved.text?.html).toContain('Only the page says the fragrant rice fetched record prices.');
    expect(saved.text?.html).not.toContain('Markets');
    expect(saved.pictures.map(({ url }) => url).sort()).toEqual([`${SITE}/media/inline.png`, `${SITE}/media/lead.png`]);
  });

  it('keeps the feed’s own text when it is whole, and fetches no page', async () => {
    const whole = [1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('');
    const id = await saveStory({ url: `${SITE}/stories/rice`, contentHtml: `${whole}<img src="/media/inline.png">` });
    const fetch = serve({ [`${SITE}/media/inline.png`]: picture(500) });

    const copy = await downloadStory(id, { wholeText: true, now: NOW });

    expect(copy).toMatchObject({ complete: 1, text: 'feed', pictures: 1 });
    expect(fetchedUrls(fetch)).toEqual([`${SITE}/media/inline.png`]);
  });

  it.each([
    { why: 'the setting is off', url: `${SITE}/stories/rice`, wholeText: false },
    { why: 'the page is on another site', url: 'https://example.org/stories/rice', wholeText: true },
  ])('does not read the page when $why, and says the story is not whole', async ({ url, wholeText }) => {
    const id = await saveStory({ url, summary: 'Shipments rose.' });
    const fetch = serve({ [url]: page(PAGE) });

    const copy = await downloadStory(id, { wholeText, now: NOW });

    expect(copy).toMatchObject({ complete: 0, text: 'summary' });
    expect(fetch).not.toHaveBeenCalled();
    expect(copy?.retryAt).toBeUndefined();
  });

  it('keeps the feed’s version when the page has no story to extract, and does not try again', async () => {
    const id = await saveStory({ url: `${SITE}/stories/rice`, summary: 'Shipments rose.' });
    serve({ [`${SITE}/stories/rice`]: page('<!doctype html><title>Sign in</title><form><input name=user></form>') });

    const copy = await downloadStory(id, { wholeText: true, now: NOW });

    expect(copy).toMatchObject({ complete: 0, text: 'summary' });
    expect(copy?.retryAt).toBeUndefined();
  });

  it('tries again later when the site cannot be reached', async () => {
    const id = await saveStory({ url: `${SITE}/stories/rice`, summary: 'Shipments rose.' });
    serve({});

    const copy = await downloadStory(id, { wholeText: true, now: NOW });

    expect(copy).toMatchObject({ complete: 0, text: 'summary' });
    expect(copy?.retryAt).toBeGreaterThan(NOW);
  });

  it('skips a picture above the size cap without reading it, and says why', async () => {
    const whole = [1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('');
    const id = await saveStory({ url: `${SITE}/stories/rice`, contentHtml: `${whole}<img src="/media/huge.jpg">` });
    serve({
      [`${SITE}/media/huge.jpg`]: () =>
        new Response(new Uint8Array(16), { headers: { 'content-type': 'image/jpeg', 'content-length': '6000000' } }),
    });

    const copy = await downloadStory(id, { wholeText: true, now: NOW });

    expect(copy).toMatchObject({
      complete: 0,
      pictures: 0,
      missing: [{ url: `${SITE}/media/huge.jpg`, why: 'too-large' }],
    });
  });

  it('lists pictures as missing for lack of space, fetching none, when the budget has no room', async () => {
    const whole = [1, 2, 3, 4, 5, 6].map((n) => `<p>${sentence(n)}</p>`).join('');
    const id = await saveStory({ url: `${SITE}/stories/rice`, contentHtml: `${whole}<img src="/media/inline.png">` });
    const fetch = serve({ [`${SITE}/media/inline.png`]: picture(500) });

    const copy = await downloadStory(id, { wholeText: true, pictures: false, now: NOW });

    expect(copy).toMatchObject({ complete: 0, missing: [{ url: `${SITE}/media/inline.png`, why: 'no-space' }] });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps the pictures of the page saved before when the page cannot be read again', async () => {
    const id = await saveStory({
      url: `${SITE}/stories/rice`,
      summary: 'Shipments rose.',
      imageUrl: `${SITE}/media/lead.png`,
    });
    const pictures = { [`${SITE}/media/lead.png`]: picture(1_000), [`${SITE}/media/inline.png`]: picture(2_000) };
    serve({ [`${SITE}/stories/rice`]: page(PAGE), ...pictures });
    await downloadStory(id, { wholeText: true, now: NOW });
    vi.restoreAllMocks();
    serve({ [`${SITE}/stories/rice`]: () => new Response('Busy', { status: 503 }), ...pictures });

    const again = await downloadStory(id, { wholeText: true, now: NOW + 1 });

    expect(again).toMatchObject({ complete: 1, text: 'page', pictures: 2 });
    expect((await getStoryCopy(id)).text?.html).toContain('fragrant rice');
  });

  it('takes a short story as whole when its page has no more of it', async () => {
    const id = await saveStory({ url: `${SITE}/stories/rice`, contentHtml: `<p>${sentence(1)}</p>` });
    serve({ [`${SITE}/stories/rice`]: page(`<!doctype html><title>Rice</title><p>${sentence(1)}</p>`) });

    expect(await downloadStory(id, { wholeText: true, now: NOW })).toMatchObject({ complete: 1, text: 'feed' });
  });

  it('does not take the page a redirect leads to on another site', async () => {
    const id = await saveStory({ url: `${SITE}/go/rice`, summary: 'Shipments rose.' });
    serve({
      [`${SITE}/go/rice`]: () => {
        const response = page(PAGE)();
        Object.defineProperty(response, 'url', { value: 'https://elsewhere.example/rice' });
        return response;
      },
    });

    expect(await downloadStory(id, { wholeText: true, now: NOW })).toMatchObject({ complete: 0, text: 'summary' });
  });

  it('gives undefined for a story no longer stored', async () => {
    serve({});
    expect(await downloadStory(`${feedId}:gone`, { wholeText: true, now: NOW })).toBeUndefined();
  });
});
