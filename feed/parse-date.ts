// The form nearly every RSS feed uses (RFC 822 as RFC 1123 writes it), read without the general patterns' backtracking.
const RFC_1123 = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/;
const ISO_8601 =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;
// Year first with slashes, "2020/1/10 14:33:00", as some Asian CMSs write it; unambiguous, unlike 1/10/2020.
const SLASHED =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const RFC_822 =
  /^(?:[^\d\s,.]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{2,4}),?(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?\s*(.*)$/i;
const US_DATE =
  /^(?:[a-z]+\.?,\s*)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?(?:\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(.*)$/i;
const NUMERIC_ZONE = /^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  // Portuguese and Spanish abbreviations that differ from English, as Brazilian and Spanish CMSs write them.
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  ene: 1,
  dic: 12,
};

// Named zones seen in real feeds, in minutes east of UTC; RFC 822's own, then common ones (ICT: Vietnam).
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  west: 60,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  ict: 420,
  wib: 420,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function zoneOffset(zone: string): number | undefined {
  const trimmed = zone.replace(/\([^)]*\)/g, '').trim();
  if (trimmed === '') return 0;
  const named = ZONES[trimmed.toLowerCase()];
  if (named !== undefined) return named;
  const numeric = NUMERIC_ZONE.exec(trimmed);
  if (!numeric) return undefined;
  const [, sign, hours = '0', minutes = '0'] = numeric;
  // "+0700" comes in as hours "07" minutes "00"; a bare "+7" or "+07" is whole hours.
  const offset = Number(hours) * 60 + Number(minutes);
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return sign === '-' ? -offset : offset;
}

function fullYear(year: string): number {
  const value = Number(year);
  // Two-digit years as RFC 2822 reads them (https://www.rfc-editor.org/rfc/rfc2822#section-4.3).
  if (year.length === 2) return value < 50 ? 2000 + value : 1900 + value;
  return value;
}

function toEpoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): number | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
}

function parseIso(match: RegExpExecArray): number | undefined {
  const [, year = '', month = '', day = '', hour = '0', minute = '0', second = '0', fraction = '', zone = ''] = match;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  const epoch = toEpoch(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), offset);
  return epoch === undefined ? undefined : epoch + Math.floor(Number(`0.${fraction || '0'}`) * 1000);
}

function parseRfc1123(match: RegExpExecArray): number | undefined {
  const [, day = '', monthName = '', year = '', hour = '', minute = '', second = '', zone = ''] = match;
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return undefined;
  const sign = zone.charCodeAt(0) === 0x2d /* - */ ? -1 : 1;
  const offset = zone === 'GMT' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  return toEpoch(Number(year), month, Number(day), Number(hour), Number(minute), Number(second), offset);
}

function parseSlashed(match: RegExpExecArray): number | undefined {
  const [, year = '', month = '', day = '', hour = '0', minute = '0', second = '0', zone = ''] = match;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  return toEpoch(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), offset);
}

function parseRfc822(match: RegExpExecArray): number | undefined {
  const [, day = '', monthName = '', year = '', hour = '0', minute = '0', second = '0', zone = ''] = match;
  const month = MONTHS[monthName.toLowerCase()];
  const offset = zoneOffset(zone);
  if (month === undefined || offset === undefined) return undefined;
  return toEpoch(fullYear(year), month, Number(day), Number(hour), Number(minute), Number(second), offset);
}

function parseUsDate(match: RegExpExecArray): number | undefined {
  const [, monthName = '', day = '', year = '', hourText = '0', minute = '0', second = '0', meridiem, zone = ''] =
    match;
  const month = MONTHS[monthName.toLowerCase()];
  const offset = zoneOffset(zone);
  if (month === undefined || offset === undefined) return undefined;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  return toEpoch(Number(year), month, Number(day), hour, Number(minute), Number(second), offset);
}

/**
 * Reads a feed date to epoch milliseconds: RFC 822 and its real-world variants, ISO 8601 / RFC 3339, and "Month D, YYYY".
 * A date with no zone is UTC; the day name is ignored (feeds get it wrong); anything impossible or unreadable is
 * undefined, never a guess. Date.parse is not used: browsers and Node disagree on what it accepts.
 */
export function parseDate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text.length < 6 || text.length > 80) return undefined;
  const common = RFC_1123.exec(text);
  if (common) return parseRfc1123(common);
  const iso = ISO_8601.exec(text);
  if (iso) return parseIso(iso);
  const slashed = SLASHED.exec(text);
  if (slashed) return parseSlashed(slashed);
  const rfc822 = RFC_822.exec(text);
  if (rfc822) return parseRfc822(rfc822);
  const us = US_DATE.exec(text);
  if (us) return parseUsDate(us);
  return undefined;
}
