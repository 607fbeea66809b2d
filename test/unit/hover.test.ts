import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { hoverMarkdown } from '../../src/core/hover/hover';
import { escapeMarkdown } from '../../src/core/hover/markdown';
import type { Finding } from '../../src/core/check';
import { findingOf } from '../support/checker';

describe('hover Markdown', () => {
  it('gives a supported figure its source, year, quote and article', () => {
    const md = hoverMarkdown(findingOf('According to McKinsey, open-model users ship 40% faster.', '40%'), { canOpenArticle: () => true });
    assert.match(md, /\*\*40%\*\* · supported by the dataset/);
    assert.match(md, /Dataset: \*\*40%\*\* · McKinsey 2026 AI Report, 2026/);
    assert.match(md, /> According to McKinsey's 2026 AI Report, organizations using open\\-source AI models report \*\*40%\*\* faster/);
    assert.match(md, /\*The Rise of Open\\-Source AI Models\\: Why Tech Giants Are Giving Away Their Code\* — NWCast, April 4, 2026/);
    assert.match(md, /\[Open in article\]\(command:statlens\.openArticle\?%5B%22nwcast-time-to-market%22%5D\)/);
  });

  it('tells a conflicting figure what the source says', () => {
    const md = hoverMarkdown(findingOf('One vendor says 78% of enterprises run open-source AI models in production.', '78%'));
    assert.match(md, /The note says \*\*78%\*\*; the source says \*\*73%\*\*/);
    assert.doesNotMatch(md, /Open in article/, 'no link when the article cannot be opened');
  });

  it('puts "Open in article" on the first line, above the quote, so a long hover keeps it in view', () => {
    const md = hoverMarkdown(findingOf('One vendor says 78% of enterprises run open-source AI models in production.', '78%'), { canOpenArticle: () => true });
    const [first, ...rest] = md.split('\n\n');
    assert.match(first, /^\*\*78%\*\* · conflicts with the dataset · \[Open in article\]\(command:statlens\.openArticle\?/);
    assert.doesNotMatch(rest.join('\n\n'), /Open in article/, 'once');
  });

  it('tells an unsupported figure what would support it', () => {
    const md = hoverMarkdown(findingOf('Roughly 61% of CIOs plan to grow open-model budgets.', '61%'));
    assert.match(md, /unsupported/);
    assert.match(md, /cite one/);
    assert.match(md, /statlens\.datasets/);
  });

  it('escapes everything that comes from a dataset', () => {
    const finding = findingOf('One vendor says 78% of enterprises run open-source AI models in production.', '78%');
    const evil: Finding = {
      ...finding,
      record: {
        ...finding.record!,
        text: '73%',
        source: '[click](command:workbench.action.terminal.new) <script>alert(1)</script>',
        quote: 'x <img src=x onerror=alert(1)> [a](javascript:alert(1)) 73% **bold**',
        article: { title: '<b>t</b>', publisher: '](command:x)', date: '2026-04-04' },
      },
    };
    const md = hoverMarkdown(evil);
    // Every "<", "[", "]" and "(" from the dataset is backslash-escaped, so none opens a tag or a link.
    assert.doesNotMatch(md, /(^|[^\\])<(script|img|b)\b/);
    assert.doesNotMatch(md, /(^|[^\\])\[click(\\)?\]\(/);
    assert.doesNotMatch(md, /(^|[^\\])\]\((javascript|command):/);
    assert.equal(md.match(/\]\(command:/g)?.length ?? 0, 0, 'no command link at all when the article cannot be opened');
  });

  it('escapes every Markdown and HTML character', () => {
    assert.equal(escapeMarkdown('<a>[b](c) *d* _e_ `f` #g'), '\\<a\\>\\[b\\]\\(c\\) \\*d\\* \\_e\\_ \\`f\\` \\#g');
    assert.equal(escapeMarkdown('line\nbreak'), 'line break');
  });

  // A renderer stricter than VS Code's hover: raw HTML passes through and bare URLs become links.
  const strict = new MarkdownIt({ html: true, linkify: true });
  const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  it('leaves no link, tag or autolink in escaped text', () => {
    for (const hostile of ['https://evil.example/x', 'www.evil.example', 'mail me@evil.example', '//evil.example', '<script>alert(1)</script>', '[a](javascript:alert(1))', '<a href="command:x">y</a>', '[x]: command:x\n[x]']) {
      const html = strict.renderInline(escapeMarkdown(hostile));
      assert.doesNotMatch(html, /</, `${hostile} -> ${html}`);
      assert.equal(decode(html), hostile.replace(/\n/g, ' '));
    }
  });

  it('renders any string as exactly its own text (property)', () => {
    const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    // Pieces of links, autolinks, HTML, entities and emphasis, so that random joins make real attempts.
    const pieces = ['https', 'www', 'mailto', 'command', 'javascript', ':', '//', '/', '.', 'evil', 'com', '@', '<', '>', 'script', 'a href=', '"', '[', ']', '(', ')', '!', '*', '_', '`', '~', '#', '&', 'amp;', '#60;', '\\', ' ', '  ', '\n', '\t', '|', '-', '=', '{', '}', '$', 'x', '1', '\u00a0', '\u2028'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const html = strict.renderInline(escapeMarkdown(s));
        assert.doesNotMatch(html, /</);
        assert.equal(decode(html), printable(s));
      }),
      { numRuns: 3000 },
    );
  });
});
