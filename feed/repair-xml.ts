// Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets); feeds carry them in text pasted from elsewhere.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ILLEGAL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
// An "&" that starts no entity or character reference.
const STRAY_AMPERSAND = /&(?![a-zA-Z][\w.-]{0,40};|#\d{1,8};|#x[\da-fA-F]{1,8};)/g;
// A tag cut off by the end of the document, as in a truncated download or "</rss" with no ">".
const TRUNCATED_TAG = /<[^<>]*$/;

/** The text without its DOCTYPE (and internal subset): feeds need none, and parameter entities ("%HTMLlat1;") stop the parser. */
function dropDoctype(text: string): string {
  // Searched for with indexOf, once, near the top: a regex over a body full of "<!DOCTYPE [" would be quadratic.
  const start = text.slice(0, 64 * 1024).search(/<!DOCTYPE/i);
  if (start === -1) return text;
  const gt = text.indexOf('>', start);
  const bracket = text.indexOf('[', start);
  const end = bracket !== -1 && bracket < gt ? text.indexOf(']>', bracket) + 1 : gt;
  return end <= 0 ? text : text.slice(0, start) + text.slice(end + 1);
}

/** The usual repairs for XML that failed to parse: illegal characters and the DOCTYPE dropped, a cut-off last tag dropped, an open CDATA closed, stray "&" escaped. */
export function repairXml(text: string): string {
  let repaired = dropDoctype(text.replace(ILLEGAL_CHARACTERS, '')).trimEnd();
  const cdata = repaired.lastIndexOf('<![CDATA[');
  if (cdata !== -1 && repaired.indexOf(']]>', cdata) === -1) repaired += ']]>';
  else repaired = repaired.replace(TRUNCATED_TAG, '');
  return repaired.replace(STRAY_AMPERSAND, '&amp;');
}
