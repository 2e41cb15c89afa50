import type { ArticleView } from '../storage';
import { relativeTime } from './relative-time';

interface Props {
  articles: ArticleView[];
  publisherName: string;
  language: string;
  now: number;
}

// A picture that cannot load (offline, gone) leaves no broken-image icon behind.
function hideBrokenImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/** Stories as links to the original, newest first, with their source, age and picture. */
export function ArticleList({ articles, publisherName, language, now }: Props) {
  return (
    <ul class="articles">
      {articles.map((article) => (
        <li key={article.id} class={article.read ? 'article' : 'article unread'}>
          <a class="article-link" href={article.url} target="_blank" rel="noopener noreferrer">
            <span class="article-text">
              <span class="article-title">{article.title}</span>
              <span class="article-meta">
                {publisherName}
                {' · '}
                <time dateTime={new Date(article.sortAt).toISOString()}>
                  {relativeTime(article.sortAt, now, language)}
                </time>
              </span>
            </span>
            {article.imageUrl && (
              <img
                class="thumbnail"
                src={article.imageUrl}
                alt=""
                loading="lazy"
                referrerpolicy="no-referrer"
                onError={hideBrokenImage}
              />
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
