import type { ParsedEnclosure } from './parsed-feed';
import { resolveUrl } from './resolve-url';

/** An enclosure as a format states it: RSS <enclosure>, Atom link rel="enclosure", JSON Feed attachment. */
interface EnclosureSource {
  url?: string | undefined;
  type?: string | undefined;
  length?: number | undefined;
}

/** The enclosures with an http(s) URL, made absolute against base; an empty type or a length of 0 or less is left out. */
export function collectEnclosures(sources: EnclosureSource[], base: string | undefined): ParsedEnclosure[] {
  const enclosures: ParsedEnclosure[] = [];
  for (const { url: href, type, length } of sources) {
    const url = resolveUrl(href, base);
    if (!url) continue;
    enclosures.push({
      url,
      ...(type ? { type } : {}),
      ...(length !== undefined && length > 0 ? { length } : {}),
    });
  }
  return enclosures;
}
