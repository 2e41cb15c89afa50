const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Whether an enclosure is a picture: by its type, or by its file name when it states no type. */
export function isImageEnclosure(enclosure: { url?: string; type?: string }): boolean {
  if (enclosure.type) return enclosure.type.startsWith('image/');
  return enclosure.url !== undefined && IMAGE_EXTENSION.test(enclosure.url);
}
