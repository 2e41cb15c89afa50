import type { MediaNs } from 'feedsmith';

type Media = MediaNs.ItemOrFeed;
type MediaContent = MediaNs.Content;

function isImage(content: MediaContent): boolean {
  return content.medium === 'image' || (content.type?.startsWith('image/') ?? false);
}

function fromContents(contents: MediaContent[] | undefined): string | undefined {
  if (!contents) return undefined;
  for (const content of contents) if (content.url && isImage(content)) return content.url;
  for (const content of contents) {
    const thumbnail = content.thumbnails?.[0]?.url;
    if (thumbnail) return thumbnail;
  }
  return undefined;
}

/** The image Media RSS gives an item: an image media:content, else a media:thumbnail (https://www.rssboard.org/media-rss). */
export function mediaImage(media: Media | undefined): string | undefined {
  if (!media) return undefined;
  const direct = fromContents(media.contents) ?? media.thumbnails?.[0]?.url;
  if (direct) return direct;
  for (const group of media.groups ?? []) {
    const found = fromContents(group.contents) ?? group.thumbnails?.[0]?.url;
    if (found) return found;
  }
  return undefined;
}
