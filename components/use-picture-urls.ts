import DOMPurify from 'dompurify';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { SavedPicture } from '../storage';

/**
 * A picture's bytes as the page may show them. An SVG is a document: opened on its own ("Open image in new tab"), its
 * object URL would run in the extension's origin, so it is made safe first.
 */
function pictureBlob({ type, data }: SavedPicture): Blob {
  if (!/svg/i.test(type)) return new Blob([data], { type });
  const svg = DOMPurify.sanitize(new TextDecoder().decode(data), { USE_PROFILES: { svg: true, svgFilters: true } });
  // Serialized as HTML, the root may lose its namespace, without which a browser draws no SVG picture.
  const rooted = svg.replace(/^<svg\b(?![^>]*\sxmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return new Blob([rooted], { type: 'image/svg+xml' });
}

/**
 * An object URL for each saved picture, by the address it was saved under. They are revoked when the pictures change
 * or the page drops them, so reading story after story holds only the open one's in memory.
 */
export function usePictureUrls(pictures: SavedPicture[] | undefined): ReadonlyMap<string, string> {
  const urls = useMemo(
    () => new Map((pictures ?? []).map((picture) => [picture.url, URL.createObjectURL(pictureBlob(picture))] as const)),
    [pictures],
  );
  // A layout effect runs with every render that made new URLs: a passive one can be skipped by the next render, or by
  // an unmount before it ran, and its URLs would never be revoked.
  useLayoutEffect(
    () => () => {
      for (const objectUrl of urls.values()) URL.revokeObjectURL(objectUrl);
    },
    [urls],
  );
  return urls;
}
