import { decodeHTMLAttribute } from 'entities';
import { absolutizeSrcset } from './absolutize-srcset';
import { resolveRelative } from './resolve-relative';

const SCHEME_OR_FRAGMENT = String.raw`[a-zA-Z][a-zA-Z\d+.-]*:|#`;
// Any srcset, or a src/href/poster value (any case, quoted or not) with no scheme and no "#"; tested first because it
// is far cheaper than the rewrite, and most feeds' links are absolute.
const ANY_RELATIVE = new RegExp(
  String.raw`\s(?:srcset\s*=|(?:src|href|poster)\s*=\s*(?:["'](?!${SCHEME_OR_FRAGMENT})|(?!["'\s])(?!${SCHEME_OR_FRAGMENT})))`,
  'i',
);
// [^<>] (not [^>]) so that a run of unclosed tags cannot make the search quadratic.
const TAG = /<[a-zA-Z][^<>]*>/g;
// One attribute of a tag, taken in turn so that "src=" inside another attribute's quoted value is never read as one.
const ATTRIBUTE = /([^\s"'<>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(['src', 'href', 'poster', 'srcset']);

function escapeAttribute(value: string, quote: string): string {
  const escaped = value.replaceAll('&', '&amp;');
  return quote === '"' ? escaped.replaceAll('"', '&quot;') : escaped.replaceAll("'", '&#39;');
}

function absolutizeAttribute(
  whole: string,
  name: string,
  equals: string | undefined,
  doubleQuoted: string | undefined,
  singleQuoted: string | undefined,
  unquoted: string | undefined,
  base: string,
): string {
  const lowerName = name.toLowerCase();
  if (equals === undefined || !URL_ATTRIBUTES.has(lowerName)) return whole;
  const raw = doubleQuoted ?? singleQuoted ?? unquoted ?? '';
  const value = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
  const absolute = lowerName === 'srcset' ? absolutizeSrcset(value, base) : resolveRelative(value, base);
  if (absolute === undefined || absolute === value) return whole;
  const quote = singleQuoted === undefined ? '"' : "'";
  return `${name}${equals}${quote}${escapeAttribute(absolute, quote)}${quote}`;
}

/**
 * The HTML with relative src/href/poster URLs and srcset candidates made absolute against base (attribute names in
 * any case, values quoted or not), so that they still point home when shown in the extension's pages; nothing else is
 * touched (sanitizing is the renderer's job).
 */
export function absolutizeHtml(html: string, base: string | undefined): string {
  if (!base || !ANY_RELATIVE.test(html)) return html;
  return html.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, name: string, equals?: string, double?: string, single?: string, bare?: string) =>
      absolutizeAttribute(whole, name, equals, double, single, bare, base),
    ),
  );
}
