import { resolveUrl } from './resolve-url';

// A src/href/poster value that has no scheme and is no fragment; tested first because it is far cheaper than the replace.
const ANY_RELATIVE =
  /(?:src|href|poster)\s*=\s*(?:["'](?![a-zA-Z][a-zA-Z\d+.-]*:|#)|(?!["'\s])(?![a-zA-Z][a-zA-Z\d+.-]*:|#))/;
const RELATIVE_ATTRIBUTE = /(\s(?:src|href|poster)\s*=\s*)(["'])(?![a-zA-Z][a-zA-Z\d+.-]*:|#)([^"']*)\2/g;

/**
 * The HTML with relative src/href/poster values (quoted, lower-case names) made absolute against base, so that they
 * still point home when shown in the extension's pages; nothing else is touched (sanitizing is the renderer's job).
 */
export function absolutizeHtml(html: string, base: string | undefined): string {
  if (!base || !ANY_RELATIVE.test(html)) return html;
  return html.replace(RELATIVE_ATTRIBUTE, (whole, prefix: string, quote: string, value: string) => {
    const absolute = resolveUrl(value.replaceAll('&amp;', '&'), base);
    return absolute ? `${prefix}${quote}${absolute.replaceAll('&', '&amp;')}${quote}` : whole;
  });
}
