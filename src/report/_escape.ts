/** Text into markup: every string a report prints passes through one of these. */

/** Text for HTML element content and attribute values. */
export function html(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Text for Markdown: characters that would start markup are escaped, line breaks become spaces. */
export function markdown(text: string | number): string {
  return String(text).replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}
