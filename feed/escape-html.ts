/** Escapes text so that it reads as itself inside HTML (for plain-text content handed on as contentHtml). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
