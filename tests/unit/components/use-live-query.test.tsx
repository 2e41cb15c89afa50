import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../../components/use-live-query';
import { feedForSource, listArticles, markRead, saveFetchedItems, unreadCount } from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { story } from '../../support/stories';

function Titles() {
  const page = useLiveQuery(() => listArticles({ limit: 10 }));
  const unread = useLiveQuery(() => unreadCount());
  if (!page) return <p>Loading</p>;
  return (
    <div>
      <p>{unread} unread</p>
      <ul>
        {page.articles.map((article) => (
          <li key={article.id}>{article.title}</li>
        ))}
      </ul>
    </div>
  );
}

describe('a live query', () => {
  beforeEach(resetDb);

  it('shows a story that another context saves, and a read mark, without a reload', async () => {
    const feedId = (await feedForSource('https://infofinance.com/feed')).id;
    render(<Titles />);
    await screen.findByText('0 unread');

    await saveFetchedItems(feedId, [story('gold', 1, { title: 'Giá vàng tăng mạnh' })]);
    await screen.findByText('Giá vàng tăng mạnh');
    await screen.findByText('1 unread');

    await markRead(`${feedId}:gold`);
    await screen.findByText('0 unread');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
