import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { SavedPicture } from '../storage';

/**
 * An object URL for each saved picture, by the address it was saved under. They are revoked when the pictures change
 * or the page drops them, so reading story after story holds only the open one's in memory.
 */
export function usePictureUrls(pictures: SavedPicture[] | undefined): ReadonlyMap<string, string> {
  const urls = useMemo(
    () =>
      new Map(
        (pictures ?? []).map(({ url, type, data }) => [url, URL.createObjectURL(new Blob([data], { type }))] as const),
      ),
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
