import type { ParsedItem } from './parsed-feed';

/** An item before ids are settled, with what it said it was called and the date text to hash when it said nothing. */
export interface ItemDraft {
  /** The item, its id still ''. */
  item: ParsedItem;
  /** guid / atom:id / JSON id / rdf:about, as written. */
  declaredId: string | undefined;
  /** The raw date text, so a hashed id does not move when our date reading improves. */
  dateText: string | undefined;
}
