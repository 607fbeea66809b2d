/**
 * Where a check's time goes: each stage timed with the core's own exported functions,
 * interleaved round by round, as a ratio to markdown-it's plain `parse`.
 */
import MarkdownIt from 'markdown-it';
import type { Checker } from '../../src/core/check';
import { headersOf } from '../../src/core/tables';
import { detectClaims } from '../../src/core/detect/detector';
import { createMarkdownParser } from '../../src/core/markdown/parser';
import { extractProse, type ProseBlock, type ProseDocument } from '../../src/core/markdown/prose';
import { interleaved } from './measure';

export const STAGES = [
  ['parse', "markdown-it `parse`"],
  ['floor', 'a floor: plain parse + one pass over tokens + one regex over inline text'],
  ['parser', "StatLens's parser with its plugins"],
  ['prose', '+ prose extraction'],
  ['detect', '+ detection'],
  ['check', 'full check (contexts, judging, rules, finish)'],
] as const;

export type Stage = (typeof STAGES)[number][0];

/** What the floor's one regex looks for: a number, maybe with a unit or scale word after it. */
const FIGURE = /\d[\d,.]*\s*(?:%|percent|per cent|billion|million|[xX×]|[kKmMbB]\b)?/g;

/** The least any checker must do: parse, walk the tokens once, and run one regex over the inline text. */
function floor(md: MarkdownIt, text: string): number {
  let found = 0;
  for (const token of md.parse(text, {})) {
    if (token.type !== 'inline') continue;
    FIGURE.lastIndex = 0;
    while (FIGURE.exec(token.content)) found++;
  }
  return found;
}

/** Detection as the check runs it: per block, with the table headers and the topic (heading and paragraph before). */
function detect(doc: ProseDocument): number {
  let found = 0;
  let heading: ProseBlock | undefined;
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    const previous = i > 0 ? doc.blocks[i - 1] : undefined;
    const under = block.role === 'heading' ? undefined : heading;
    const topic = [under?.text, previous?.role === 'paragraph' ? previous.text : undefined].filter(Boolean).join(' ');
    found += detectClaims(block.text, { headers: headersOf(doc, block), topic }).length;
    if (block.role === 'heading') heading = block;
  }
  return found;
}


/** Median milliseconds of each stage on one note, interleaved over `rounds` rounds. */
export function stageTimes(text: string, checker: Checker, rounds: number): Record<Stage, number> {
  const plain = new MarkdownIt();
  const statlens = createMarkdownParser();
  const t = interleaved(
    {
      parse: () => plain.parse(text, {}),
      floor: () => floor(plain, text),
      parser: () => statlens.parse(text, {}),
      prose: () => extractProse(statlens, text),
      detect: () => detect(extractProse(statlens, text)),
      check: () => checker.check(text),
    },
    rounds,
  );
  return Object.fromEntries(STAGES.map(([stage]) => [stage, t[stage].median])) as Record<Stage, number>;
}
