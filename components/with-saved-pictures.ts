/** The first address of a srcset (already resolved by sanitizeHtml): what the store keys an img without src by. */
function firstCandidate(srcset: string | null): string | undefined {
  return srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '') || undefined;
}

/**
 * Sanitized HTML with every picture that is saved shown from its object URL instead of the web: no network needed,
 * and no image server learns what is being read. Run after sanitizing, since DOMPurify would strip blob: addresses.
 */
export function withSavedPictures(html: string, saved: ReadonlyMap<string, string>): string {
  if (saved.size === 0 || html === '') return html;
  const template = document.createElement('template');
  template.innerHTML = html;
  let swapped = false;
  for (const image of template.content.querySelectorAll('img')) {
    const src = image.getAttribute('src');
    const objectUrl = (src && saved.get(src)) || saved.get(firstCandidate(image.getAttribute('srcset')) ?? '');
    if (!objectUrl) continue;
    image.setAttribute('src', objectUrl);
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
    // A <source> would win over the img's own src and load from the web.
    const picture = image.parentElement;
    if (picture?.localName === 'picture')
      for (const source of picture.querySelectorAll(':scope > source')) source.remove();
    swapped = true;
  }
  return swapped ? template.innerHTML : html;
}
