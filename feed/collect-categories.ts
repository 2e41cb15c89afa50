import { plainText } from './plain-text';

/** Category names from several sources, as plain text, without blanks or repeats, in the order met. */
export function collectCategories(sources: (readonly (string | undefined)[] | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const source of sources) {
    for (const raw of source ?? []) {
      const name = plainText(raw);
      if (name) seen.add(name);
    }
  }
  return [...seen];
}
