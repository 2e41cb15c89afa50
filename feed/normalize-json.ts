import type { JsonFeed } from 'feedsmith';
import { absolutizeHtml } from './absolutize-html';
import { assignIds } from './assign-ids';
import { assignPresent } from './assign-present';
import { collectCategories } from './collect-categories';
import { collectEnclosures } from './collect-enclosures';
import { escapeHtml } from './escape-html';
import { firstImage } from './first-image';
import { isImageEnclosure } from './is-image-enclosure';
import type { ItemDraft } from './item-draft';
import { parseDate } from './parse-date';
import type { ParsedFeed, ParsedItem } from './parsed-feed';
import { plainText } from './plain-text';
import { previewText } from './preview-text';
import { resolveUrl } from './resolve-url';

type Feed = JsonFeed.Feed<string>;
type Item = JsonFeed.Item<string>;

function normalizeItem(item: Item, feed: Feed, base: string | undefined): ItemDraft {
  const contentHtml = item.content_html ?? (item.content_text ? escapeHtml(item.content_text) : undefined);
  const enclosures = collectEnclosures(
    (item.attachments ?? []).map((attachment) => ({
      url: attachment.url,
      type: attachment.mime_type,
      length: attachment.size_in_bytes,
    })),
    base,
  );
  const dateText = item.date_published ?? item.date_modified;
  const author = item.authors?.[0]?.name ?? feed.authors?.[0]?.name;
  const imageUrl =
    resolveUrl(item.image ?? item.banner_image, base) ??
    enclosures.find(isImageEnclosure)?.url ??
    resolveUrl(firstImage(item.content_html), base);
  const parsed = assignPresent<ParsedItem>(
    {
      id: '',
      title: plainText(item.title),
      categories: collectCategories([item.tags]),
      enclosures,
    },
    {
      url: resolveUrl(item.url ?? item.external_url, base),
      summary: previewText(item.summary ?? item.content_text ?? item.content_html),
      contentHtml: contentHtml && absolutizeHtml(contentHtml, base),
      author: plainText(author),
      publishedAt: parseDate(dateText),
      updatedAt: parseDate(item.date_modified),
      imageUrl,
    },
  );
  const declaredId = item.id === undefined || item.id === null ? undefined : String(item.id).trim();
  return { item: parsed, declaredId: declaredId || undefined, dateText };
}

/** Our feed from feedsmith's JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function normalizeJson(feed: Feed, feedUrl?: string): ParsedFeed {
  const selfUrl = resolveUrl(feed.feed_url, feedUrl);
  const base = feedUrl ?? selfUrl ?? resolveUrl(feed.home_page_url);
  return assignPresent<ParsedFeed>(
    {
      format: 'json',
      title: plainText(feed.title),
      items: assignIds((feed.items ?? []).map((item) => normalizeItem(item, feed, base))),
    },
    {
      siteUrl: resolveUrl(feed.home_page_url, base),
      feedUrl: selfUrl,
      description: plainText(feed.description),
      language: feed.language?.trim(),
      imageUrl: resolveUrl(feed.icon ?? feed.favicon, base),
    },
  );
}
