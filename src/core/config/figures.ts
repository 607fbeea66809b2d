/** How `ignoreFigures` compares figures: whitespace runs (incl. no-break and thin spaces) as one space, any case. */
export function figureKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
