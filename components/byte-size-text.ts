const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A number of bytes in the largest unit that keeps it at least 1, in the reader's language ("12.5 MB", "12,5 MB"). */
export function byteSizeText(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  // Binary multiples, as the storage budget is counted.
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}
