import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type ArticleView, articlesById } from '../storage';
import { StoryRow } from './StoryRow';
import { useLiveQuery } from './use-live-query';
import type { Source } from './use-sources';

interface Props {
  /** The whole list, in order; only the rows on screen are read and drawn. */
  ids: string[];
  /** The search the ids answer ('' for the plain list): the scroller says which one its rows show. */
  query: string;
  /** Changes when the reader picks another list: it then starts from the top. */
  listKey: string;
  label: string;
  /** The chosen row; it takes the focus whenever `focusRequest` changes. */
  selected: number | undefined;
  focusRequest?: number;
  sourceOf(feedId: number): Source;
  now: number;
  onOpen(article: ArticleView): void;
  /** Called when the rows drawn reach the end of `ids`: the list may have more to give. */
  onNearEnd?: () => void;
  /** Hidden behind the reader: kept in place, out of reach of Tab and screen readers. */
  hidden?: boolean;
}

/** Every row has this height, so the place of any story is known without drawing the ones before it. */
export const ROW_HEIGHT = 88;
/** Rows drawn beyond each edge of the screen, so a quick scroll does not show blanks. */
const OVERSCAN = 6;

/**
 * A long list of stories that stays fast at tens of thousands: it reads and draws only the rows on screen, keeps the
 * story at the top of the screen in place when new ones arrive above it, and stays live as stories change.
 */
export function StoryList({
  ids,
  query,
  listKey,
  label,
  selected,
  focusRequest,
  sourceOf,
  now,
  onOpen,
  onNearEnd,
  hidden,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const previous = useRef({ ids, listKey });

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const slice = ids.slice(first, last);
  const sliceKey = slice.join('\n');
  const rows = useLiveQuery(async () => ({ key: sliceKey, views: await articlesById(slice) }), [sliceKey]);
  const byId = new Map(rows?.views.map((article) => [article.id, article]));

  // Asked again after each answer (a new `ids`), as a page may add nothing this list shows (a filtered search).
  const atEnd = last >= ids.length;
  useEffect(() => {
    if (atEnd) onNearEnd?.();
  }, [atEnd, ids]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  // Before paint: a new list starts at the top; stories arriving above the screen do not push the reader's place.
  useLayoutEffect(() => {
    const element = scroller.current;
    const before = previous.current;
    previous.current = { ids, listKey };
    if (!element || before.ids === ids) return;
    if (before.listKey !== listKey) {
      element.scrollTop = 0;
      return;
    }
    if (element.scrollTop === 0) return;
    const topIndex = Math.floor(element.scrollTop / ROW_HEIGHT);
    const anchor = before.ids[topIndex];
    const moved = anchor === undefined ? -1 : ids.indexOf(anchor);
    if (moved >= 0 && moved !== topIndex) element.scrollTop += (moved - topIndex) * ROW_HEIGHT;
  }, [ids, listKey]);

  // The chosen row is brought on screen, then focused as soon as it is drawn (its row may still be loading).
  const focusPending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const element = scroller.current;
    if (!element || selected === undefined) return;
    const top = selected * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    }
    focusPending.current = selected;
  }, [selected, focusRequest]);
  useEffect(() => {
    if (focusPending.current === undefined) return;
    const link = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusPending.current}"] a`);
    if (!link) return;
    link.focus();
    focusPending.current = undefined;
  });

  const shown = rows?.key === sliceKey ? query : undefined;
  return (
    <div
      ref={scroller}
      class="story-scroller"
      data-shown-query={shown}
      inert={hidden}
      aria-hidden={hidden ? 'true' : undefined}
      style={{ '--row-height': `${ROW_HEIGHT}px` }}
    >
      <ul class="story-list" aria-label={label} style={{ height: `${ids.length * ROW_HEIGHT}px` }}>
        {slice.map((id, offset) => {
          const index = first + offset;
          const article = byId.get(id);
          return (
            <li
              key={id}
              class="story-row"
              data-index={index}
              aria-setsize={ids.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
            >
              {article ? (
                <StoryRow article={article} source={sourceOf(article.feedId)} now={now} onOpen={onOpen} />
              ) : (
                <div class="story-placeholder" aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
