/** The essence of a Content-Type ("text/html" for "Text/HTML; charset=utf-8"), or undefined when there is none. */
export function mediaType(contentType: string | null | undefined): string | undefined {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() || undefined;
}
