import { format } from '../locales/messages-for';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "5 phút trước", in the reader's language. */
export function relativeTime(at: number, now: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const elapsed = at - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  // "This minute" reads oddly for something that just happened; "now" is what people say.
  return format.format(0, 'second');
}

/** `justNow` under a minute ago, else `ago` with its `{ago}` filled: people say "just now", not "now" or "this minute". */
export function sinceText(at: number, now: number, language: string, justNow: string, ago: string): string {
  return now - at < 60_000 ? justNow : format(ago, { ago: relativeTime(at, now, language) });
}
