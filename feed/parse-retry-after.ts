import { parseDate } from './parse-date';

/** Milliseconds to wait from a Retry-After header: delay-seconds or an HTTP date (https://www.rfc-editor.org/rfc/rfc9110#field.retry-after). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = parseDate(text);
  return at === undefined ? undefined : Math.max(0, at - now);
}
