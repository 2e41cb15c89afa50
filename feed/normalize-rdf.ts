import type { RdfFeed } from 'feedsmith';
import { absolutizeHtml } from './absolutize-html';
import { assignIds } from './assign-ids';
import { assignPresent } from './assign-present';
import { collectCategories } from './collect-categories';
import { firstImage } from './first-image';
import type { ItemDraft } from './item-draft';
import { mediaImage } from './media-image';
import { parseDate } from './parse-date';
import type { ParsedFeed, ParsedItem } from './parsed-feed';
import { plainText } from './plain-text';
import { previewText } from './preview-text';
import { resolveUrl } from './resolve-url';

type Feed = RdfFeed.Feed<string>;
type Item = RdfFeed.Item<string>;

function normalizeItem(item: Item, feedBase: string | undefined): ItemDraft {
  const base = resolveUrl(item.xml?.base, feedBase) ?? feedBase;
  const contentHtml = item.content?.encoded ?? item.description;
  const dateText = item.dc?.dates?.[0] ?? item.dcterms?.created?.[0] ?? item.atom?.published;
  const parsed = assignPresent<ParsedItem>(
    {
      id: '',
      title: plainText(item.title ?? item.dc?.titles?.[0]),
      categories: collectCategories([item.dc?.subjects]),
      enclosures: [],
    },
    {
      url: resolveUrl(item.link ?? item.rdf?.about, base),
      summary: previewText(item.description ?? item.content?.encoded),
      contentHtml: contentHtml && absolutizeHtml(contentHtml, base),
      author: plainText(item.dc?.creators?.[0]),
      publishedAt: parseDate(dateText),
      updatedAt: parseDate(item.dcterms?.modified?.[0]),
      imageUrl: resolveUrl(mediaImage(item.media) ?? firstImage(contentHtml), base),
    },
  );
  // rdf:about names the item; RSS 1.0 asks for it to be the link, and it is what feeds keep stable.
  const declaredId = item.rdf?.about ?? undefined;
  return { item: parsed, declaredId: declaredId || undefined, dateText };
}

/** Our feed from feedsmith's RSS 0.90 / 1.0 (RDF). */
export function normalizeRdf(feed: Feed, feedUrl?: string): ParsedFeed {
  const xmlBase = resolveUrl(feed.xml?.base, feedUrl) ?? feedUrl;
  const selfUrl = resolveUrl(feed.atom?.links?.find((link) => link.rel === 'self')?.href, xmlBase);
  const base = xmlBase ?? selfUrl ?? resolveUrl(feed.link);
  return assignPresent<ParsedFeed>(
    {
      format: 'rdf',
      title: plainText(feed.title ?? feed.dc?.titles?.[0]),
      items: assignIds((feed.items ?? []).map((item) => normalizeItem(item, base))),
    },
    {
      siteUrl: resolveUrl(feed.link, base),
      feedUrl: selfUrl,
      description: plainText(feed.description ?? feed.dc?.descriptions?.[0]),
      language: (feed.dc?.languages?.[0] ?? feed.xml?.lang)?.trim(),
      imageUrl: resolveUrl(feed.image?.url, base),
    },
  );
}
