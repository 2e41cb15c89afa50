import type { ArticleView } from '../storage';
import { displayTitle } from './display-title';
import { language, t } from './messages';
import { readerUrl } from './reader-url';
import { relativeTime } from './relative-time';
import type { Source } from './use-sources';

interface Props {
  article: ArticleView;
  source: Source;
  now: number;
  /** Opens the story in the reader; a click with a modifier key keeps the browser's own meaning (a new tab). */
  onOpen(article: ArticleView): void;
}

// A picture that cannot load (offline, gone) leaves no broken-image icon behind.
function hideBrokenImage(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

/** One story of a list: a link to it in the reader, with its source, age, picture and read, starred and downloaded marks. */
export function StoryRow({ article, source, now, onOpen }: Props) {
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(article);
  };
  return (
    <a class={article.read ? 'article-link' : 'article-link unread'} href={readerUrl(article.id)} onClick={open}>
      <span class="article-text">
        <span class="article-title">
          {!article.read && <span class="visually-hidden">{t.unreadMark} </span>}
          {displayTitle(article)}
        </span>
        <span class="article-meta">
          {article.starred && (
            <span class="star-mark" role="img" aria-label={t.starredMark}>
              ★{' '}
            </span>
          )}
          {article.offline === 'complete' && (
            <span class="download-mark" role="img" aria-label={t.downloaded}>
              ↓{' '}
            </span>
          )}
          {source.name}
          {' · '}
          <time dateTime={new Date(article.sortAt).toISOString()}>{relativeTime(article.sortAt, now, language)}</time>
        </span>
      </span>
      {article.imageUrl && (
        <img
          class="thumbnail"
          src={article.imageUrl}
          alt=""
          width={72}
          height={54}
          loading="lazy"
          decoding="async"
          referrerpolicy="no-referrer"
          onError={hideBrokenImage}
        />
      )}
    </a>
  );
}
