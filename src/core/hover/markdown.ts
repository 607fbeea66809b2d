/**
 * Escapes text for Markdown so that nothing in it is markup: no links (so no
 * `command:` URIs), no HTML, no emphasis. Every ASCII punctuation character
 * CommonMark could read is backslash-escaped; ":" and "/" too, because GFM
 * renderers (VS Code's hovers) turn a bare `https://…` or `www.…` into a live
 * link. Line breaks and other control characters become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:/]/g, '\\$&');
}

/** "2026-04-04" → "April 4, 2026"; other forms are returned as written. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = months[Number(m[2]) - 1];
  if (!month) return date;
  return m[3] ? `${month} ${Number(m[3])}, ${m[1]}` : `${month} ${m[1]}`;
}

/** A `command:` link to one of the extension's own commands, with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
