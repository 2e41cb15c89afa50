import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT, StoryList } from '../../../components/StoryList';
import { articleId, feedForSource, listArticleIds, saveFetchedItems } from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { story } from '../../support/stories';

const PUBLISHER = { name: 'Info Finance', homepage: 'https://infofinance.com/' };
let feedId: number;

async function saveStories(count: number, hoursAgo = (index: number) => index): Promise<string[]> {
  const items = Array.from({ length: count }, (_, index) => story(`s${index}`, hoursAgo(index)));
  await saveFetchedItems(feedId, items);
  return listArticleIds();
}

/** The list of these ids, as the side panel would show it; `shown` changes what differs. */
function list(ids: string[], shown: { query?: string; listKey?: string; label?: string } = {}) {
  return (
    <StoryList
      ids={ids}
      query={shown.query ?? ''}
      listKey={shown.listKey ?? 'all'}
      label={shown.label ?? 'Latest stories'}
      selected={undefined}
      sourceOf={() => PUBLISHER}
      now={Date.now()}
      onOpen={() => undefined}
    />
  );
}

function renderList(ids: string[]) {
  return render(list(ids));
}

function scroller(container: Element): HTMLElement {
  return container.querySelector('.story-scroller') as HTMLElement;
}

describe('the long story list', () => {
  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
  });

  it('draws only the rows near the screen, yet takes the height of the whole list', async () => {
    const ids = await saveStories(2_000);
    const { container } = renderList(ids);
    await screen.findByRole('link', { name: /Story s0\b/ });
    expect(container.querySelectorAll('.story-row').length).toBeLessThan(50);
    expect((container.querySelector('.story-list') as HTMLElement).style.height).toBe(`${2_000 * ROW_HEIGHT}px`);
    expect(screen.queryByRole('link', { name: /Story s1999\b/ })).toBeNull();
  });

  it('draws the stories further down once the reader scrolls there, and says which list it shows', async () => {
    const ids = await saveStories(2_000);
    const { container } = renderList(ids);
    await screen.findByRole('link', { name: /Story s0\b/ });
    const element = scroller(container);
    element.scrollTop = 1_500 * ROW_HEIGHT;
    fireEvent.scroll(element);
    await screen.findByRole('link', { name: /Story s1500\b/ });
    await waitFor(() => expect(element.getAttribute('data-shown-query')).toBe(''));
  });

  it('keeps the story the reader is looking at in place when new ones arrive above it', async () => {
    const ids = await saveStories(300, (index) => index + 10);
    const view = renderList(ids);
    await screen.findByRole('link', { name: /Story s0\b/ });
    const element = scroller(view.container);
    element.scrollTop = 100 * ROW_HEIGHT;
    fireEvent.scroll(element);
    await screen.findByRole('link', { name: /Story s100\b/ });

    await saveFetchedItems(feedId, [story('new1', 1), story('new2', 2), story('new3', 3)]);
    view.rerender(list(await listArticleIds()));
    expect(element.scrollTop).toBe(103 * ROW_HEIGHT);
    expect(ids).toContain(articleId(feedId, 's100'));
  });

  it('starts a newly chosen list from the top', async () => {
    const ids = await saveStories(300);
    const view = renderList(ids);
    const element = scroller(view.container);
    element.scrollTop = 50 * ROW_HEIGHT;
    fireEvent.scroll(element);
    view.rerender(list(ids.slice(0, 10), { query: 'gia', listKey: 'all\ngia', label: 'Found' }));
    expect(element.scrollTop).toBe(0);
    await waitFor(() => expect(element.getAttribute('data-shown-query')).toBe('gia'));
  });
});
