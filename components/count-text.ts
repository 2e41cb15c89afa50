import { format } from '../locales/messages-for';

/** `one` or `other` as the language's plural rules choose for `count`, with `{count}` written in that language. */
export function countText(
  count: number,
  language: string,
  one: string,
  other: string,
  values: Record<string, string> = {},
): string {
  const chosen = new Intl.PluralRules(language).select(count) === 'one' ? one : other;
  return format(chosen, { ...values, count: new Intl.NumberFormat(language).format(count) });
}
