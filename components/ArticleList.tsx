import type { ArticleView } from '../storage';
import { relativeTime } from './relative-time';

/** Where a feed's stories come from, as the list names it and links to it when a story has no address. */
export interface Source {
  name: string;
  homepage: string;
}

interface Props {
  articles: ArticleView[];
  /** Each story's source by feed id; `fallback` for a feed not (yet) known. */
  sources: ReadonlyMap<number, Source>;
  fallback: Source;
  untitled: string;
  language: string;
  now: number;
}

const PREVIEW_LENGTH = 90;

// A picture that cannot load (offline, gone) leaves no broken-image icon behind.
function hideBrokenImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/** What to call a story that has no title: the start of its summary, else a word that says so. */
function displayTitle(article: ArticleView, untitled: string): string {
  if (article.title) return article.title;
  const summary = article.summary ?? '';
  if (!summary) return untitled;
  return summary.length > PREVIEW_LENGTH ? `${summary.slice(0, PREVIEW_LENGTH).trimEnd()}…` : summary;
}

/** Stories as links to the original, newest first, with their source, age and picture. */
export function ArticleList({ articles, sources, fallback, untitled, language, now }: Props) {
  return (
    <ul class="articles">
      {articles.map((article) => {
        const source = sources.get(article.feedId) ?? fallback;
        return (
          <li key={article.id} class={article.read ? 'article' : 'article unread'}>
            <a class="article-link" href={article.url ?? source.homepage} target="_blank" rel="noopener noreferrer">
              <span class="article-text">
                <span class="article-title">{displayTitle(article, untitled)}</span>
                <span class="article-meta">
                  {source.name}
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
        );
      })}
    </ul>
  );
}
