const KB = 1024;
const MB = 1024 * KB;

/** A byte count for people: "10 MB", or "256 KB" below a megabyte (so a small cap never reads "0 MB"). */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.max(1, Math.round(bytes / KB))} KB`;
}
