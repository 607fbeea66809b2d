import fc from 'fast-check';
import { figure, hedge } from './figures';
import type { Block, Inline, NoteSpec, Sentence } from './render';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** Opener words no dataset record mentions: an edit next to one changes no judgement. */
export const OPENERS = ['Meanwhile', 'Elsewhere', 'Separately', 'Incidentally'];

const word = pick(
  'enterprises', 'open-source', 'models', 'developers', 'Hugging', 'Face', 'downloads', 'market', 'funding', 'GPT-4', 'Llama', 'HumanEval',
  'MMLU', 'training', 'cost', 'the', 'of', 'in', 'and', 'reached', 'grew', 'according', 'to', 'McKinsey', 'Gartner', 'IDC', 'per',
  'companies', 'in 2026', 'since 2024', 'by 2028', 'It', 'They', 'e.g.', 'vs.', 'Dr.', 'U.S.', "don't", 'users', 'API', 'savings',
  // Words that name a property of every JavaScript object: a table looked up by them must find nothing.
  'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',
  '__defineGetter__', '__lookupSetter__', 'prototype', 'Constructor', 'TOSTRING', 'our', 'we ran', 'not', 'up to',
);

/** Characters that trip up offset arithmetic: astral, combining, joiners, right-to-left, invisible. */
const special = pick(
  '🚀', '👩‍💻', '🇺🇸', '😀😀', '𠜎', '𝔸', '𝟙', 'é', 'e\u0301', '\u200b', '\u200d', '\u2060', '\u00ad', '\ufeff',
  'مرحبا', 'نموذج ٧٣٪', 'שלום', '\u200f', '\u200e', '\u202eabc\u202c', 'ﷺ', '有', '企业', '\ud800', '\udc00', '\u0000', '\ufffd',
);

const space = fc.oneof({ arbitrary: pick(' '), weight: 12 }, { arbitrary: pick('\u00a0', '\u2009', '\u202f', '\t', '  ', ', ', '; ', ' — ', ' – ', ' (', ') '), weight: 3 });

/** Inline Markdown that is not prose, or decorates it. */
const atom = pick(
  '`73%`', '``$47 billion``', '<https://example.test/73%>', '<me73@example.test>', 'https://example.test/5.2M', 'www.example.test/40%',
  '[^1]', '[^note]', '<span title="73%">', '</span>', '<br/>', '<!-- 73% -->', '<!-- statlens-disable-line -->', '$x = 73\\%$',
  '![73% chart](c-40%.png)', '\\*', '\\$', '\\_', '\\|', '\\\\', '&amp;', '&nbsp;', '&#36;', '&#x25;', '&copy;', '(Gartner, 2025)',
  '[12]', '[@smith2024]', '*', '_', '**', '[', ']', '|', '<', '>', '&', '#', '~~',
);

const wraps: Array<[string, string]> = [
  ['*', '*'], ['**', '**'], ['_', '_'], ['***', '***'], ['~~', '~~'], ['[', '](https://example.test/73 "40%")'], ['[', '][r1]'],
  ['[', ']'], ['<a href="https://example.test">', '</a>'], ['<em>', '</em>'],
];

const leaf: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: word, weight: 6 },
  { arbitrary: figure, weight: 5 },
  { arbitrary: fc.tuple(hedge, space, figure).map((p) => p.join('')), weight: 2 },
  { arbitrary: special, weight: 2 },
  { arbitrary: atom, weight: 2 },
);

const spaced = (item: fc.Arbitrary<Inline>, max: number): fc.Arbitrary<Inline[]> =>
  fc.array(fc.tuple(space, item), { minLength: 1, maxLength: max }).map((pairs) => pairs.flatMap(([s, x], i) => (i === 0 ? [x] : [s, x])));

const wrapped: fc.Arbitrary<Inline> = fc.tuple(pick(...wraps), spaced(leaf, 3)).map(([[open, close], inner]) => ({ open, close, inner }));

const inlines = (max: number) => spaced(fc.oneof({ arbitrary: leaf as fc.Arbitrary<Inline>, weight: 5 }, { arbitrary: wrapped, weight: 1 }), max);

export const sentence: fc.Arbitrary<Sentence> = fc.record({
  opener: fc.option(pick(...OPENERS), { nil: undefined }),
  body: inlines(6),
  stop: pick('.', '.', '!', '?', '', '…'),
});

/** A sentence that opens with a neutral word and holds a figure: the probe of the metamorphic properties. */
export const probeSentence: fc.Arbitrary<Sentence> = fc
  .record({ opener: pick(...OPENERS), before: inlines(3), fig: figure, after: inlines(3), stop: pick('.', '!', '') })
  .map(({ opener, before, fig, after, stop }) => ({ opener, body: [...before, ' ', fig, ' ', ...after], stop }));

const lineBreak = pick(' ', ' ', '\n', '  \n', '\\\n');

export const paragraph = (sentences: fc.Arbitrary<Sentence> = sentence, max = 3): fc.Arbitrary<Block> =>
  fc.record({ sentences: fc.array(sentences, { minLength: 1, maxLength: max }), breaks: fc.array(lineBreak, { maxLength: max }) }).map((p) => ({ kind: 'paragraph' as const, ...p }));

const heading: fc.Arbitrary<Block> = fc.record({ level: fc.integer({ min: 1, max: 6 }), setext: fc.boolean(), closing: fc.boolean(), sentence }).map((h) => ({
  kind: 'heading' as const,
  ...h,
  level: h.setext ? Math.min(h.level, 2) : h.level,
}));

const cell = fc.array(fc.oneof(figure, word, special, pick('`73%`', '\\|', '**40%**', '[5.2M](https://x.test)', '2026', 'MMLU', 'Share')), { maxLength: 3 }).map((parts) => [parts.join(' ')]);

const table: fc.Arbitrary<Block> = fc.integer({ min: 1, max: 4 }).chain((cols) =>
  fc.record({
    rows: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }),
    align: fc.array(pick('---', ':---', '---:', ':-:'), { minLength: cols, maxLength: cols }),
  }).map((t) => ({ kind: 'table' as const, ...t })),
);

const codeLine = fc.oneof(figure, pick('x = "73% of enterprises"', 'cost = $47_000_000_000', '', '  indented 5.2M', '```not a fence'));

const raw: fc.Arbitrary<Block> = fc.oneof(
  fc.tuple(pick('```', '~~~', '````'), pick('', 'python', 'md'), fc.array(codeLine, { maxLength: 3 })).map(([f, lang, body]) => [f + lang, ...body, f]),
  fc.array(codeLine.map((l) => '    ' + l), { minLength: 1, maxLength: 3 }),
  fc.array(figure, { minLength: 1, maxLength: 2 }).map((body) => ['<div class="note">', ...body, '</div>']),
  pick(['<!-- statlens-disable-next-line -->'], ['<!-- statlens-disable statlens.unsupported -->'], ['<!-- statlens-enable -->'], ['<!-- statlens-disable-file -->']),
  pick(['<details><summary>$47 billion</summary>', '', 'Over 73% of enterprises.', '', '</details>'], ['<script>', 'var share = "73%";', '</script>']),
  pick(['$$', '47 \\times 10^9 = 73\\%', '$$'], ['[r1]: https://example.test/73 "73% of enterprises"'], ['***'], ['- - -'], ['```'], ['<!--'], ['$$']),
).map((lines) => ({ kind: 'raw' as const, lines }));

const listMarkers = pick(['- '], ['* '], ['+ '], ['-   '], ['1. ', '2. ', '3. '], ['1) '], ['10. '], ['- [ ] ', '- [x] ']);

/** Blocks nested at most `depth` containers deep (lists, quotes, footnote definitions). */
export function block(depth: number): fc.Arbitrary<Block> {
  const leaves = [
    { arbitrary: paragraph(), weight: 6 },
    { arbitrary: heading, weight: 2 },
    { arbitrary: table, weight: 2 },
    { arbitrary: raw, weight: 2 },
  ];
  if (depth === 0) return fc.oneof(...leaves);
  const inner = fc.array(block(depth - 1), { minLength: 1, maxLength: 2 });
  return fc.oneof(
    ...leaves,
    { arbitrary: fc.record({ markers: listMarkers, items: fc.array(inner, { minLength: 1, maxLength: 2 }), loose: fc.boolean() }).map((l) => ({ kind: 'list' as const, ...l })), weight: 2 },
    { arbitrary: fc.record({ blocks: inner, bare: fc.boolean() }).map((q) => ({ kind: 'quote' as const, ...q })), weight: 2 },
    { arbitrary: fc.record({ label: pick('1', 'note', 'a-b'), blocks: inner }).map((f) => ({ kind: 'footnote' as const, ...f })), weight: 1 },
  );
}

const frontMatter = pick(['title: "73% of enterprises"', 'budget: $47 billion'], ['tags: [ai, 2026]'], []);

export const noteSpec = (blocks: fc.Arbitrary<Block[]> = fc.array(block(2), { minLength: 1, maxLength: 3 })): fc.Arbitrary<NoteSpec> =>
  fc.record({
    bom: fc.boolean(),
    eol: pick('lf', 'lf', 'crlf', 'mixed', 'cr'),
    eolBits: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    frontMatter: fc.option(frontMatter, { nil: undefined }),
    blocks,
    trailingNewline: fc.boolean(),
  });

/** Containers a paragraph can be moved into, as [first-line prefix, other-lines prefix]. */
export const container = pick<[string, string]>(['> ', '> '], ['>', '>'], ['- ', '  '], ['* ', '  '], ['1. ', '   '], ['10) ', '    '], ['[^n]: ', '      ']);

/** A paragraph of opener sentences, at least one holding a figure: edits next to its openers are neutral. */
export const probeParagraph: fc.Arbitrary<Block> = paragraph(probeSentence, 3);

const wrapIn = (inner: Block, how: number): Block =>
  how === 0 ? { kind: 'quote', blocks: [inner], bare: false } : how === 1 ? { kind: 'list', markers: ['- '], items: [[inner]], loose: false } : { kind: 'footnote', label: 'p', blocks: [inner] };

/** A note with a probe paragraph somewhere among its blocks, maybe inside quotes, lists or footnotes. */
export const noteWithProbe: fc.Arbitrary<NoteSpec> = fc
  .tuple(fc.array(block(2), { maxLength: 3 }), probeParagraph, fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }), fc.nat())
  .chain(([blocks, probe, wrapping, at]) => {
    const placed = wrapping.reduce(wrapIn, probe);
    const all = [...blocks];
    all.splice(at % (blocks.length + 1), 0, placed);
    return noteSpec(fc.constant(all));
  });
