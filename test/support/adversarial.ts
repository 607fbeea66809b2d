/**
 * Notes built to break a checker: huge runs of one character, deep nesting, wide
 * tables. Each generator takes a size (in the unit its name gives) and is
 * deterministic, so the unit tests can check that each finishes with sane
 * results and `npm run bench` can time 10× the size against 10× the time.
 */

/** Repeats `unit` until the text is `length` characters long (cut to fit). */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** One line of `chars` digits and commas: "1,234,567,…", a single number run as long as the line. */
export function digitsAndCommas(chars: number): string {
  return fill('1,234,567,890,', chars);
}

/** `count` dollar signs in a row within a line, then a figure (every "$" may open math or a price). */
export function dollarSigns(count: number): string {
  return 'Prices: ' + '$'.repeat(count) + '47 billion';
}

/** "1.1.1.…" with `count` ones: a version-like run that is never a number. */
export function dottedOnes(count: number): string {
  return '1.'.repeat(count - 1) + '1';
}

/** `count` percent signs after a figure ("73%%%…"). */
export function percentSigns(count: number): string {
  return '73' + '%'.repeat(count);
}

/** A list nested `depth` levels deep on one line ("- - - … 73%"), markdown-it's worst case for nesting. */
export function nestedLists(depth: number): string {
  return '- '.repeat(depth) + 'over 73% of enterprises\n';
}

/** A quote nested `depth` levels deep ("> > > … 73%"). */
export function nestedQuotes(depth: number): string {
  return '>'.repeat(depth) + ' over 73% of enterprises\n';
}

/** A table of `cells` cells, 10 to a row, each holding a figure (the header names a benchmark). */
export function wideTable(cells: number): string {
  const cols = 10;
  const rows = Math.max(1, Math.ceil(cells / cols) - 1);
  const header = `| Model | ${Array.from({ length: cols - 1 }, (_, i) => `MMLU ${i}`).join(' | ')} |`;
  const line = `|${'---|'.repeat(cols)}`;
  const body = Array.from({ length: rows }, (_, r) => `| m${r} | ${Array.from({ length: cols - 1 }, (_, c) => `${(r + c) % 100}.5`).join(' | ')} |`);
  return [header, line, ...body].join('\n') + '\n';
}

/** A paragraph citing `count` footnotes, and their `count` definitions, each with a figure. */
export function footnotes(count: number): string {
  const refs = Array.from({ length: count }, (_, i) => `Claim ${i} is sourced[^f${i}].`).join(' ');
  const defs = Array.from({ length: count }, (_, i) => `[^f${i}]: Survey ${i}: ${i % 100}% of enterprises.`).join('\n');
  return `${refs}\n\n${defs}\n`;
}

const SENTENCES = [
  'In 2026, over 73% of enterprises run open-source AI models in production.',
  'The market reached $47 billion, and Hugging Face counted 5.2 million developers.',
  'Llama 2 70B scored 67.5 on HumanEval against GPT-4’s 67.0.',
  'Local deployment responded 3.2x faster than API services [1].',
  'Weights of 138 GB stream at 12.4 tokens/s on one GPU (Gartner, 2025).',
];

/** One paragraph of `chars` characters: realistic sentences soft-wrapped, never a blank line. */
export function longParagraph(chars: number): string {
  return fill(SENTENCES.map((s, i) => s + (i % 2 ? '\n' : ' ')).join(''), chars);
}

/** Every generator by name, for the benchmark to loop over. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  digitsAndCommas,
  dollarSigns,
  dottedOnes,
  percentSigns,
  nestedLists,
  nestedQuotes,
  wideTable,
  footnotes,
  longParagraph,
};
