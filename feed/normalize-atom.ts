import type { AtomFeed } from 'feedsmith';
import { absolutizeHtml } from './absolutize-html';
import { assignIds } from './assign-ids';
import { assignPresent } from './assign-present';
import { collectCategories } from './collect-categories';
import { collectEnclosures } from './collect-enclosures';
import { escapeHtml } from './escape-html';
import { firstImage } from './first-image';
import { isImageEnclosure } from './is-image-enclosure';
import type { ItemDraft } from './item-draft';
import { mediaImage } from './media-image';
import { parseDate } from './parse-date';
import type { ParsedFeed, ParsedItem } from './parsed-feed';
import { plainText } from './plain-text';
import { previewText } from './preview-text';
import { resolveUrl } from './resolve-url';

type Feed = AtomFeed.Feed<string>;
type Entry = AtomFeed.Entry<string>;
type Link = AtomFeed.Link<string>;
type Text = AtomFeed.Text;

const SPACES = /\s+/g;

function isMarkup(type: string | undefined): boolean {
  return type === 'html' || type === 'xhtml' || type === 'text/html' || type === 'application/xhtml+xml';
}

/** Atom says whether text is markup (https://www.rfc-editor.org/rfc/rfc4287#section-3.1); plain text keeps its "<". */
function textOf(text: Text | undefined): string {
  if (!text) return '';
  return isMarkup(text.type) ? plainText(text.value) : text.value.replace(SPACES, ' ').trim();
}

function htmlOf(text: { value?: string; type?: string; src?: string } | undefined): string | undefined {
  if (!text?.value || text.src) return undefined;
  if (isMarkup(text.type)) return text.value;
  if (!text.type || text.type === 'text' || text.type.startsWith('text/')) return escapeHtml(text.value);
  return undefined;
}

function alternateLink(links: Link[] | undefined): string | undefined {
  const alternates = links?.filter((link) => !link.rel || link.rel === 'alternate') ?? [];
  return (alternates.find((link) => !link.type || link.type.includes('html')) ?? alternates[0])?.href;
}

function normalizeEntry(entry: Entry, feed: Feed, feedBase: string | undefined): ItemDraft {
  const base = resolveUrl(entry.xml?.base, feedBase) ?? feedBase;
  const contentBase = resolveUrl(entry.content?.xml?.base, base) ?? base;
  const contentHtml = htmlOf(entry.content) ?? htmlOf(entry.summary);
  const enclosures = collectEnclosures(
    (entry.links ?? [])
      .filter((link) => link.rel === 'enclosure')
      .map((link) => ({ url: link.href, type: link.type, length: link.length })),
    base,
  );
  // Atom requires only <updated>; a story first seen with no <published> is dated by it.
  const dateText = entry.published ?? entry.dc?.dates?.[0] ?? entry.updated;
  // An entry without authors has its feed's (https://www.rfc-editor.org/rfc/rfc4287#section-4.2.1).
  const author =
    entry.authors?.[0]?.name ?? entry.source?.authors?.[0]?.name ?? entry.dc?.creators?.[0] ?? feed.authors?.[0]?.name;
  const imageUrl =
    enclosures.find(isImageEnclosure)?.url ??
    resolveUrl(mediaImage(entry.media) ?? entry.itunes?.image, base) ??
    resolveUrl(firstImage(contentHtml), contentBase);
  const parsed = assignPresent<ParsedItem>(
    {
      id: '',
      title: textOf(entry.title),
      categories: collectCategories([
        entry.categories?.map((category) => category.label ?? category.term),
        entry.dc?.subjects,
      ]),
      enclosures,
    },
    {
      url: resolveUrl(alternateLink(entry.links), base),
      summary: previewText(htmlOf(entry.summary) ?? contentHtml),
      contentHtml: contentHtml && absolutizeHtml(contentHtml, contentBase),
      author: plainText(author),
      publishedAt: parseDate(dateText),
      updatedAt: parseDate(entry.updated),
      imageUrl,
    },
  );
  return { item: parsed, declaredId: entry.id || undefined, dateText };
}

/** Our feed from feedsmith's Atom 0.3 / 1.0 (URLs read against nested xml:base, then the feed's own URL). */
export function normalizeAtom(feed: Feed, feedUrl?: string): ParsedFeed {
  const xmlBase = resolveUrl(feed.xml?.base, feedUrl) ?? feedUrl;
  const selfUrl = resolveUrl(feed.links?.find((link) => link.rel === 'self')?.href, xmlBase);
  const base = xmlBase ?? selfUrl;
  return assignPresent<ParsedFeed>(
    {
      format: 'atom',
      title: textOf(feed.title),
      items: assignIds((feed.entries ?? []).map((entry) => normalizeEntry(entry, feed, base))),
    },
    {
      siteUrl: resolveUrl(alternateLink(feed.links), base),
      feedUrl: selfUrl,
      description: textOf(feed.subtitle),
      language: (feed.xml?.lang ?? feed.dc?.languages?.[0])?.trim(),
      imageUrl: resolveUrl(feed.logo ?? feed.icon ?? feed.itunes?.image ?? mediaImage(feed.media), base),
    },
  );
}
