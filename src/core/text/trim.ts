/**
 * `text` without the run of `char` at its end. Not `replace(/x+$/, '')`: a search
 * for that re-reads a run from each of its positions when it is not at the end,
 * which is quadratic (test/unit/regexAudit.test.ts).
 */
export function withoutTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}
