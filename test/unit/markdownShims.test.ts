import * as assert from 'node:assert/strict';
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type Token from 'markdown-it/lib/token.mjs';
import { linearFootnoteTail } from '../../src/core/markdown/footnoteTail';
import { createMarkdownParser } from '../../src/core/markdown/parser';
import { check } from '../support/checker';

/** Every token, children included, as type:content, depth first. */
function flatten(tokens: Token[]): string[] {
  return tokens.flatMap((t) => [`${t.type}:${t.content}:${JSON.stringify(t.meta ?? null)}`, ...flatten(t.children ?? [])]);
}

function parsers(): [MarkdownIt, MarkdownIt] {
  const plugin = footnote as unknown as PluginSimple;
  return [new MarkdownIt().use(plugin), new MarkdownIt().use(plugin).use(linearFootnoteTail)];
}

describe('markdown-it replacements', () => {
  it('the linear footnote tail yields the same tokens as the plugin', () => {
    const defs = Array.from({ length: 40 }, (_, i) => `[^n${i}]: Source ${i}, with **73%** of enterprises.\n    Second paragraph ${i}.`);
    const note = [
      'Intro[^n1] and again[^n1], inline^[an inline note with 5.2 million developers] and[^n7].',
      '- a list[^n3]\n- items[^missing]',
      ...defs,
      '> quoted[^n39]',
    ].join('\n\n');
    const [plugin, linear] = parsers();
    assert.deepEqual(flatten(linear.parse(note, {})), flatten(plugin.parse(note, {})));
  });

  it('figures in footnotes are found whatever the number of footnotes', () => {
    const count = 3000;
    const refs = Array.from({ length: count }, (_, i) => `Claim ${i}[^${i}].`).join(' ');
    const defs = Array.from({ length: count }, (_, i) => `[^${i}]: over 73% of enterprises`).join('\n');
    const found = check(`${refs}\n\n${defs}\n`).filter((f) => f.text === '73%');
    assert.equal(found.length, count);
  });

  it('decodes the entities notes use around figures and keeps other names literal', () => {
    const md = createMarkdownParser();
    const inline = (src: string) => md.parseInline(src, {})[0].children!.map((t) => t.content).join('');
    assert.equal(inline('3&times; faster, &euro;47&nbsp;billion, 73&percnt;'), '3\u00d7 faster, \u20ac47\u00a0billion, 73%');
    assert.equal(inline('&notanentity; &#8239;'), '&notanentity; \u202f');
  });

  it('keeps link destinations as written, so in-note links are still told apart', () => {
    const md = createMarkdownParser();
    const hrefs = md.parseInline('[a](#sec) [b](https://bücher.example/ä?q=1%20)', {})[0].children!.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    assert.deepEqual(hrefs, ['#sec', 'https://bücher.example/ä?q=1%20']);
  });

  it('never links bare URLs (the linkifier is not bundled)', () => {
    assert.doesNotThrow(() => createMarkdownParser().parse('see https://example.com/73-percent and www.example.org', {}));
  });
});
