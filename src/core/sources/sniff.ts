/** Sources larger than this are refused, not read: a saved article is a few MB at most. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

export type SourceFormat = 'markdown' | 'text' | 'html' | 'pdf';

/**
 * A source's format from its name and first bytes: PDF by its header, HTML by its
 * extension or opening tag, Markdown by its extension, otherwise plain text.
 * The CLI and the editor both ask here, so a file is read the same way by each.
 */
export function sniffFormat(name: string, bytes: Uint8Array): SourceFormat {
  const head = asciiHead(bytes).toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
  if (['.html', '.htm', '.xhtml', '.shtml'].includes(ext) || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (['.md', '.markdown', '.mdown', '.mkd', '.mdx'].includes(ext)) return 'markdown';
  return 'text';
}

/** The first bytes after a byte-order mark and white space, as ASCII: enough to tell a PDF or HTML header. */
function asciiHead(bytes: Uint8Array): string {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && at < 1024 && (bytes[at] === 0x20 || (bytes[at] >= 0x09 && bytes[at] <= 0x0d))) at++;
  return String.fromCharCode(...bytes.subarray(at, at + 16));
}

/** NUL bytes, or many bytes that are not UTF-8, in the first 8 KB: a binary file. */
export function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const bad = invalidUtf8(head);
  return bad > 8 && bad > head.length / 100;
}

/** How many bytes do not start or continue a well-formed UTF-8 sequence (a sequence cut at the end counts as well-formed). */
function invalidUtf8(bytes: Uint8Array): number {
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) {
      bad++;
      i++;
      continue;
    }
    let k = 1;
    while (k < length && i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80) k++;
    if (k < length && i + k < bytes.length) bad++;
    i += k;
  }
  return bad;
}

/** The one line for a source over the size limit. */
export function tooLargeMessage(bytes: number): string {
  return `too large (${(bytes / 1048576).toFixed(1)} MB; sources are limited to ${MAX_SOURCE_BYTES / 1048576} MB)`;
}
