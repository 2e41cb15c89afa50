import type { JsonFeed } from 'feedsmith';
import { absolutizeHtml } from './absolutize-html';
import { assignIds } from './assign-ids';
import { collectCategories } from './collect-categories';
import { escapeHtml } from './escape-html';
import { firstImage } from './first-image';
import type { ItemDraft } from './item-draft';
import { parseDate } from './parse-date';
import type { ParsedEnclosure, ParsedFeed, ParsedItem } from './parsed-feed';
import { plainText } from './plain-text';
import { previewText } from './preview-text';
import { resolveUrl } from './resolve-url';

type Feed = JsonFeed.Feed<string>;
type Item = JsonFeed.Item<string>;

function enclosuresOf(item: Item, base: string | undefined): ParsedEnclosure[] {
  const enclosures: ParsedEnclosure[] = [];
  for (const attachment of item.attachments ?? []) {
    const url = resolveUrl(attachment.url, base);
    if (!url) continue;
    enclosures.push({
      url,
      ...(attachment.mime_type ? { type: attachment.mime_type } : {}),
      ...(attachment.size_in_bytes !== undefined && attachment.size_in_bytes > 0
        ? { length: attachment.size_in_bytes }
        : {}),
    });
  }
  return enclosures;
}

function normalizeItem(item: Item, feed: Feed, base: string | undefined): ItemDraft {
  const contentHtml = item.content_html ?? (item.content_text ? escapeHtml(item.content_text) : undefined);
  const enclosures = enclosuresOf(item, base);
  const dateText = item.date_published ?? item.date_modified;
  const author = item.authors?.[0]?.name ?? feed.authors?.[0]?.name;
  const imageUrl =
    resolveUrl(item.image ?? item.banner_image, base) ??
    enclosures.find((enclosure) => enclosure.type?.startsWith('image/'))?.url ??
    resolveUrl(firstImage(item.content_html), base);
  const parsed: ParsedItem = {
    id: '',
    title: plainText(item.title),
    categories: collectCategories([item.tags]),
    enclosures,
  };
  const declaredId = item.id === undefined || item.id === null ? undefined : String(item.id).trim();
  const url = resolveUrl(item.url ?? item.external_url, base);
  const summary = previewText(item.summary ?? item.content_text ?? item.content_html);
  const publishedAt = parseDate(dateText);
  const updatedAt = parseDate(item.date_modified);
  const authorText = plainText(author);
  if (url) parsed.url = url;
  if (summary) parsed.summary = summary;
  if (contentHtml) parsed.contentHtml = absolutizeHtml(contentHtml, base);
  if (authorText) parsed.author = authorText;
  if (publishedAt !== undefined) parsed.publishedAt = publishedAt;
  if (updatedAt !== undefined) parsed.updatedAt = updatedAt;
  if (imageUrl) parsed.imageUrl = imageUrl;
  return { item: parsed, declaredId: declaredId || undefined, dateText };
}

/** Our feed from feedsmith's JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function normalizeJson(feed: Feed, feedUrl?: string): ParsedFeed {
  const selfUrl = resolveUrl(feed.feed_url, feedUrl);
  const base = feedUrl ?? selfUrl ?? resolveUrl(feed.home_page_url);
  const parsed: ParsedFeed = {
    format: 'json',
    title: plainText(feed.title),
    items: assignIds((feed.items ?? []).map((item) => normalizeItem(item, feed, base))),
  };
  const siteUrl = resolveUrl(feed.home_page_url, base);
  const description = plainText(feed.description);
  const imageUrl = resolveUrl(feed.icon ?? feed.favicon, base);
  if (siteUrl) parsed.siteUrl = siteUrl;
  if (selfUrl) parsed.feedUrl = selfUrl;
  if (description) parsed.description = description;
  if (feed.language) parsed.language = feed.language.trim();
  if (imageUrl) parsed.imageUrl = imageUrl;
  return parsed;
}
