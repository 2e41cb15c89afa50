const PROLOG_LIMIT = 64 * 1024;

/**
 * The lower-cased name of a document's first element, skipping the XML declaration, processing instructions,
 * comments and the DOCTYPE (with its internal subset); undefined when there is none near the top.
 */
export function rootElementName(text: string): string | undefined {
  let i = 0;
  const end = Math.min(text.length, PROLOG_LIMIT);
  while (i < end) {
    const open = text.indexOf('<', i);
    if (open === -1 || open >= end) return undefined;
    const next = text.charCodeAt(open + 1);
    if (next === 0x3f /* ? */) {
      const close = text.indexOf('?>', open + 2);
      if (close === -1) return undefined;
      i = close + 2;
    } else if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      if (close === -1) return undefined;
      i = close + 3;
    } else if (next === 0x21 /* ! */) {
      const bracket = text.indexOf('[', open);
      const gt = text.indexOf('>', open);
      if (gt === -1) return undefined;
      // A DOCTYPE's internal subset holds '>' of its own, so it ends at "]>".
      if (bracket !== -1 && bracket < gt) {
        const close = text.indexOf(']', bracket);
        if (close === -1) return undefined;
        const after = text.indexOf('>', close);
        if (after === -1) return undefined;
        i = after + 1;
      } else {
        i = gt + 1;
      }
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(open, open + 200));
      return match?.[1]?.toLowerCase();
    }
  }
  return undefined;
}
