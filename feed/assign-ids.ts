import { hashText } from './hash-text';
import type { ItemDraft } from './item-draft';
import type { ParsedItem } from './parsed-feed';

function fallbackId({ item, dateText }: ItemDraft): string {
  const signature = item.title || dateText ? `${item.title}\n${dateText ?? ''}` : (item.contentHtml ?? '');
  return `urn:hash:${hashText(signature)}`;
}

/**
 * Gives each item its stable id (declared id, else link, else a hash of title and date) and makes ids unique in
 * document order: the second item with an id gets "#2", the third "#3", so two items never collapse into one.
 */
export function assignIds(drafts: ItemDraft[]): ParsedItem[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const items: ParsedItem[] = [];
  for (const draft of drafts) {
    const base = draft.declaredId ?? draft.item.url ?? fallbackId(draft);
    let id = base;
    if (used.has(id)) {
      let suffix = nextSuffix.get(base) ?? 2;
      do id = `${base}#${suffix++}`;
      while (used.has(id));
      nextSuffix.set(base, suffix);
    }
    used.add(id);
    draft.item.id = id;
    items.push(draft.item);
  }
  return items;
}
