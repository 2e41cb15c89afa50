import { foldText } from './fold-text';
import type { StoryFields } from './records';

/** Longer tokens are data (hashes, base64), not words anyone types. */
const MAX_WORD_LENGTH = 40;
/** Enough for a long article; keeps one pathological item from bloating the index. */
const MAX_WORDS = 2_000;

/** The distinct folded words of a text, in order of first appearance. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const [word] of foldText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word.length <= MAX_WORD_LENGTH) words.add(word);
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

/** What the search index holds for a story: the words of its title, summary and the text of its content. */
export function searchWords(story: Pick<StoryFields, 'title' | 'summary' | 'contentHtml'>): string[] {
  return wordsOf([story.title, story.summary ?? '', htmlText(story.contentHtml ?? '')].join(' '));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of an HTML fragment, near enough for an index. Every page opens the database and may run its upgrade,
 * so this stays small rather than carrying the full entity table; an unknown named entity only splits two words.
 */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? ' ';
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
}
