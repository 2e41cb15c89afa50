import { useId, useMemo, useState } from 'preact/hooks';
import { format } from '../locales/messages-for';
import { type ArticleView, getStoryCopy } from '../storage';
import { displayTitle } from './display-title';
import { downloadNoticeText } from './download-notice-text';
import { language, t } from './messages';
import { sanitizeHtml } from './sanitize-html';
import { useDownload } from './use-download';
import { useLiveQuery } from './use-live-query';
import { usePictureUrls } from './use-picture-urls';
import { webUrl } from './web-url';
import './reader.css';

export interface ReaderProps {
  article: ArticleView;
  /** The feed's or publisher's name. */
  sourceName: string;
  /** Back to the list; the page also answers Esc. */
  onBack(): void;
  /** Absent when there is no previous story: the button is then disabled. */
  onPrevious?: () => void;
  /** Absent when there is no next story: the button is then disabled. */
  onNext?: () => void;
  onToggleStar(): void;
  onToggleRead(): void;
}

interface Content {
  html: string;
  /** Whether the sanitized HTML shows anything: text or media, not just empty tags. */
  shows: boolean;
  /** Its pictures by pictureKey: the story's own picture is not shown again above them. */
  pictures: Set<string>;
}

/** One key for a picture at any size or scheme: WordPress names its sizes `name-800x450.jpg`. */
function pictureKey(address: string): string {
  const url = webUrl(address);
  return url ? `${url.host}${url.pathname.replace(/-\d+x\d+(?=\.\w+$)/, '')}` : address;
}

/** The story's HTML made safe, its saved pictures shown from their object URLs, and what it holds. */
function readContent(
  contentHtml: string | undefined,
  base: string | undefined,
  saved: ReadonlyMap<string, string>,
): Content {
  const html = contentHtml ? sanitizeHtml(contentHtml, base, saved) : '';
  // Pictures are known by their web addresses, also those shown from a saved copy.
  const webAddress = new Map([...saved].map(([url, objectUrl]) => [objectUrl, url]));
  // A template parses without loading pictures or running anything.
  const template = document.createElement('template');
  template.innerHTML = html;
  const body = template.content;
  const pictures = new Set<string>();
  for (const image of body.querySelectorAll('img')) {
    const candidates = (image.getAttribute('srcset') ?? '').split(/,\s+/).map((each) => each.trim().split(/\s+/)[0]);
    for (const address of [image.getAttribute('src'), ...candidates]) {
      if (address) pictures.add(pictureKey(webAddress.get(address) ?? address));
    }
  }
  const shows = Boolean(body.textContent?.trim()) || body.querySelector('img, picture, video, audio, svg, hr') !== null;
  return { html, shows, pictures };
}

function formatDate(at: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

/**
 * The open story: its title, byline, picture and text (as saved for reading with no connection when it is), the way
 * to the original, and what the reader can do with it.
 */
export function Reader({ article, sourceName, onBack, onPrevious, onNext, onToggleStar, onToggleRead }: ReaderProps) {
  const titleId = useId();
  const [brokenImage, setBrokenImage] = useState<string>();
  const loaded = useLiveQuery(async () => ({ id: article.id, ...(await getStoryCopy(article.id)) }), [article.id]);
  // The previous story's copy stays in the query until this one's arrives.
  const saved = loaded?.id === article.id ? loaded : undefined;
  // A story with a saved copy waits for it (a moment), so that no picture is asked of the web in between.
  const waiting = saved === undefined && article.offline !== undefined;
  const pictureUrls = usePictureUrls(saved?.pictures);
  const source = saved?.text?.html ?? article.contentHtml;
  const content = useMemo(() => readContent(source, article.url, pictureUrls), [source, article.url, pictureUrls]);
  const download = useDownload(article, saved?.copy);
  const busy = download.state?.kind === 'busy';
  const notice = downloadNoticeText(download.state, article.url);

  const original = webUrl(article.url);
  const host = original?.hostname.replace(/^www\./, '');
  const lead = webUrl(article.imageUrl, article.url)?.href;
  // Compared by web addresses: readContent names saved pictures by the address they were saved under.
  const showLead = lead !== undefined && lead !== brokenImage && !waiting && !content.pictures.has(pictureKey(lead));
  const author = article.author ?? saved?.text?.byline;
  const at = article.publishedAt ?? article.sortAt;
  const summary = article.summary?.trim();

  const originalLink = (text: string) => (
    <a href={original?.href} target="_blank" rel="noopener noreferrer">
      {text}
      <span aria-hidden="true"> ↗</span>
    </a>
  );

  return (
    <article class="reader" aria-labelledby={titleId}>
      <div class="reader-bar">
        <button type="button" class="reader-back" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t.readerBack}
        </button>
        <div class="reader-actions">
          <button type="button" class="reader-star" aria-pressed={article.starred} onClick={onToggleStar}>
            <span aria-hidden="true">{article.starred ? '★ ' : '☆ '}</span>
            {t.readerStar}
          </button>
          <button type="button" onClick={onToggleRead}>
            {article.read ? t.readerMarkUnread : t.readerMarkRead}
          </button>
          {article.offline === 'complete' ? (
            <span class="reader-downloaded" title={t.downloadedHelp}>
              <span aria-hidden="true">↓ </span>
              {t.downloaded}
            </span>
          ) : (
            <button
              type="button"
              class="reader-download"
              aria-busy={busy}
              aria-disabled={busy}
              onClick={download.start}
            >
              <span aria-hidden="true">↓ </span>
              {busy ? t.downloading : t.download}
            </button>
          )}
        </div>
      </div>
      <p
        class={
          download.state?.kind === 'failed' || download.state?.kind === 'no-answer'
            ? 'reader-notice notice-error'
            : 'reader-notice'
        }
        role="status"
      >
        {notice}
      </p>

      <header class="reader-header">
        <h2 id={titleId} class="reader-title" tabIndex={-1}>
          {displayTitle(article)}
        </h2>
        <p class="reader-meta">
          {author && <span>{author}</span>}
          <span>{sourceName}</span>
          <time dateTime={new Date(at).toISOString()}>{formatDate(at)}</time>
        </p>
      </header>

      {showLead && (
        <figure class="reader-lead">
          <img
            src={pictureUrls.get(lead) ?? lead}
            alt=""
            referrerpolicy="no-referrer"
            decoding="async"
            onError={() => setBrokenImage(lead)}
          />
        </figure>
      )}

      {saved?.copy?.text === 'summary' && !saved.text && <p class="reader-note">{t.readerSummaryOnly}</p>}

      {waiting ? (
        <div class="reader-content" aria-busy="true" />
      ) : content.shows ? (
        // Safe to inject: DOMPurify made it (sanitizeHtml), saved pictures' object URLs included.
        <div class="reader-content" dangerouslySetInnerHTML={{ __html: content.html }} />
      ) : (
        <div class="reader-content">
          {summary ? (
            <p class="reader-summary">{summary}</p>
          ) : (
            <p class="reader-title-only">
              {t.readerTitleOnly}
              {host && ' '}
              {host && originalLink(format(t.readerReadItOn, { host }))}
            </p>
          )}
        </div>
      )}

      <footer class="reader-footer">
        {host && <p class="reader-original">{originalLink(format(t.readerReadOn, { host }))}</p>}
        <nav class="reader-nav" aria-label={t.readerOtherStories}>
          <button type="button" disabled={!onPrevious} onClick={onPrevious}>
            <span aria-hidden="true">← </span>
            {t.readerPrevious}
          </button>
          <button type="button" disabled={!onNext} onClick={onNext}>
            {t.readerNext}
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
      </footer>
    </article>
  );
}
