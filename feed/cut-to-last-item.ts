const LAST_ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;

/** A truncated feed cut back to the end of its last whole item or entry, or undefined when it has none. */
export function cutToLastItem(text: string): string | undefined {
  let end = -1;
  for (const match of text.matchAll(LAST_ITEM_END)) end = match.index + match[0].length;
  return end === -1 ? undefined : text.slice(0, end);
}
