import * as assert from 'node:assert/strict';
import { createMarkdownParser } from '../../src/core/markdown/parser';
import { check } from '../support/checker';

describe('markdown-it replacements', () => {
  it('leaves footnote definitions where they are written, in source order', () => {
    const note = 'Intro[^a].\n\n[^a]: over 73% of enterprises\n\n## Later\n\nMore text.';
    const types = createMarkdownParser().parse(note, {}).map((t) => t.type);
    assert.ok(types.indexOf('footnote_reference_open') < types.indexOf('heading_open'));
    assert.equal(types.includes('footnote_block_open'), false);
    assert.deepEqual(check(note).map((f) => [f.text, f.start]), [['73%', note.indexOf('73%')]]);
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
