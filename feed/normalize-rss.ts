import type { RssFeed } from 'feedsmith';
import { absolutizeHtml } from './absolutize-html';
import { assignIds } from './assign-ids';
import { assignPresent } from './assign-present';
import { collectCategories } from './collect-categories';
import { collectEnclosures } from './collect-enclosures';
import { firstImage } from './first-image';
import { isImageEnclosure } from './is-image-enclosure';
import type { ItemDraft } from './item-draft';
import { mediaImage } from './media-image';
import { parseDate } from './parse-date';
import type { ParsedFeed, ParsedItem } from './parsed-feed';
import { plainText } from './plain-text';
import { previewText } from './preview-text';
import { resolveUrl } from './resolve-url';

type Feed = RssFeed.Feed<string>;
type Item = RssFeed.Item<string>;

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

function itemLink(item: Item): string | undefined {
  if (item.link) return item.link;
  const alternate = item.atom?.links?.find((link) => !link.rel || link.rel === 'alternate')?.href;
  if (alternate) return alternate;
  // A guid is a permalink unless it says otherwise (https://www.rssboard.org/rss-specification#ltguidgtSubelementOfLtitemgt).
  const guid = item.guid;
  return guid?.value && guid.isPermaLink !== false && ABSOLUTE.test(guid.value) ? guid.value : undefined;
}

function normalizeItem(item: Item, feedBase: string | undefined): ItemDraft {
  const base = resolveUrl(item.xml?.base, feedBase) ?? feedBase;
  const contentHtml = item.content?.encoded ?? item.description;
  const enclosures = collectEnclosures(item.enclosures ?? [], base);
  const dateText = item.pubDate ?? item.dc?.dates?.[0] ?? item.atom?.published ?? item.dcterms?.created?.[0];
  const updatedText = item.atom?.updated ?? item.dcterms?.modified?.[0];
  const author =
    item.authors?.[0]?.name ??
    item.dc?.creators?.[0] ??
    item.itunes?.author ??
    item.atom?.authors?.[0]?.name ??
    item.authors?.[0]?.email;
  const imageUrl =
    enclosures.find(isImageEnclosure)?.url ??
    resolveUrl(mediaImage(item.media) ?? item.itunes?.image ?? firstImage(contentHtml), base);
  const parsed = assignPresent<ParsedItem>(
    {
      id: '',
      title: plainText(item.title ?? item.dc?.titles?.[0]),
      categories: collectCategories([item.categories?.map((category) => category.name), item.dc?.subjects]),
      enclosures,
    },
    {
      url: resolveUrl(itemLink(item), base),
      summary: previewText(item.description ?? item.content?.encoded),
      contentHtml: contentHtml && absolutizeHtml(contentHtml, base),
      author: plainText(author),
      publishedAt: parseDate(dateText),
      updatedAt: parseDate(updatedText),
      imageUrl,
    },
  );
  return { item: parsed, declaredId: item.guid?.value || undefined, dateText };
}

/** Our feed from feedsmith's RSS 0.9x / 2.0 (URLs read against xml:base, then the feed's own URL). */
export function normalizeRss(feed: Feed, feedUrl?: string): ParsedFeed {
  const xmlBase = resolveUrl(feed.xml?.base, feedUrl) ?? feedUrl;
  const selfUrl = resolveUrl(feed.atom?.links?.find((link) => link.rel === 'self')?.href, xmlBase);
  const base = xmlBase ?? selfUrl ?? resolveUrl(feed.link);
  return assignPresent<ParsedFeed>(
    {
      format: 'rss',
      title: plainText(feed.title ?? feed.dc?.titles?.[0]),
      items: assignIds((feed.items ?? []).map((item) => normalizeItem(item, base))),
    },
    {
      siteUrl: resolveUrl(feed.link, base),
      feedUrl: selfUrl,
      description: plainText(feed.description ?? feed.dc?.descriptions?.[0]),
      language: (feed.language ?? feed.dc?.languages?.[0] ?? feed.xml?.lang)?.trim(),
      imageUrl: resolveUrl(feed.image?.url ?? feed.itunes?.image ?? mediaImage(feed.media), base),
    },
  );
}
