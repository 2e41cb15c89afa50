/** The disclaimer in the reader's language, else English, else whichever the profile has. */
export function disclaimerFor(disclaimer: Record<string, string>, language: string): string {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return disclaimer[primary] ?? disclaimer.en ?? Object.values(disclaimer)[0] ?? '';
}
