// [^<>] (not [^>]) so that a run of unclosed "<img" cannot make the search quadratic.
const IMG_SRC = /<img\b[^<>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The src of the first <img> in some HTML, as written (not yet resolved). */
export function firstImage(html: string | undefined): string | undefined {
  if (!html?.includes('<')) return undefined;
  const match = IMG_SRC.exec(html);
  const src = match?.[1] ?? match?.[2] ?? match?.[3];
  return src?.includes('&') ? src.replaceAll('&amp;', '&') : src;
}
