import type { ArticleView } from '../storage';
import { StoryRow } from './StoryRow';
import type { Source } from './use-sources';

interface Props {
  articles: ArticleView[];
  sourceOf(feedId: number): Source;
  now: number;
  onOpen(article: ArticleView): void;
}

/** A short list of stories, newest first, each a link that opens it in the reader. */
export function ArticleList({ articles, sourceOf, now, onOpen }: Props) {
  return (
    <ul class="articles">
      {articles.map((article) => (
        <li key={article.id} class="article">
          <StoryRow article={article} source={sourceOf(article.feedId)} now={now} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
