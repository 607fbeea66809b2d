// The note size limit's arithmetic and wording. Kept free of `vscode` so unit tests run it.

export const TOO_LARGE_CODE = 'statlens.tooLarge';
export const CHECK_NOW_COMMAND = 'statlens.checkNow';

/** 2 MB: see `statlens.maxNoteSize` in package.json for why. */
export const DEFAULT_MAX_NOTE_KB = 2048;

/** A note above the limit: its size and the limit, in bytes. */
export interface Oversize {
  bytes: number;
  limit: number;
}

/** The size of a text as UTF-8 (what a writer sees as the file size), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is two UTF-16 units and four bytes, so each half adds one.
    if (c >= 0x800) bytes += c >= 0xd800 && c <= 0xdfff ? 1 : 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

/** The setting's value (KB, 0 = no limit) as a byte limit; anything unusable falls back to the default. */
export function limitBytes(kilobytes: unknown): number {
  const kb = typeof kilobytes === 'number' && Number.isFinite(kilobytes) && kilobytes >= 0 ? kilobytes : DEFAULT_MAX_NOTE_KB;
  return Math.floor(kb * 1024);
}

/** Whether a text of this many UTF-16 units could be above the limit (each unit is at most 3 UTF-8 bytes). */
export function mayExceed(length: number, limit: number): boolean {
  return limit > 0 && length * 3 > limit;
}

/** Whether a text is above the limit; the UTF-8 count is only needed when UTF-16 length cannot tell. */
export function oversize(text: string, limit: number): Oversize | undefined {
  if (!mayExceed(text.length, limit)) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? { bytes, limit } : undefined;
}

/** "2.5 MB", "700 KB"; in KB (the note's size rounded up) where MB would show a note just over as equal to the limit. */
export function formatSizes({ bytes, limit }: Oversize): [size: string, limit: string] {
  const kb = (n: number, round: (x: number) => number) => `${round(n / 1024)} KB`;
  if (bytes < 1048576 || limit < 1048576) return [kb(bytes, Math.ceil), kb(limit, Math.floor)];
  const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;
  return mb(bytes) === mb(limit) ? [kb(bytes, Math.ceil), kb(limit, Math.floor)] : [mb(bytes), mb(limit)];
}

/** The information diagnostic's message: the size, the setting, and the way out. */
export function tooLargeMessage(over: Oversize): string {
  const [size, limit] = formatSizes(over);
  return `StatLens does not check this note as you type: it is ${size}, above statlens.maxNoteSize (${limit}). Run "StatLens: Check This Note Now" to check it once, or raise the setting (0 = no limit).`;
}
