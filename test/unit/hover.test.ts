import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { hoverMarkdown } from '../../src/core/hover/hover';
import { escapeMarkdown } from '../../src/core/hover/markdown';
import type { Finding } from '../../src/core/check';
import { findingOf, checker } from '../support/checker';
import { datasetFromJson } from '../../src/core/dataset/validate';
import { markdownSource } from '../../src/core/sources/markdown';
import { sourceDataset } from '../../src/core/sources/read';
import { bundledDataset } from '../../src/data/bundled';

/** A writer's own source, read as a config's `sources` entry is, and the finding for `figure` in `note` checked against it. */
function sourcedFinding(note: string, figure: string): Finding {
  const doc = markdownSource(
    '---\ntitle: Platform survey 2026\npublisher: Example Research\ndate: 2026-03-01\n---\n\n' +
      'According to the survey, 41% of platform teams now run an open model in production, up from 28% a year earlier.\n',
  );
  const imported = sourceDataset(doc, 'sources/survey.md', '2026-11-30');
  assert.notEqual(typeof imported, 'string', String(imported));
  const { dataset, issues } = datasetFromJson('sources/survey.md', imported, new Set(bundledDataset().records.map((r) => r.id)));
  assert.deepEqual(issues, []);
  const found = checker([dataset!]).check(note).findings.filter((f) => f.text === figure);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.text)));
  return found[0];
}

describe('hover Markdown', () => {
  it('gives a supported figure its source, year, quote and article', () => {
    const md = hoverMarkdown(findingOf('According to McKinsey, open-model users ship 40% faster.', '40%'), { canOpenArticle: () => true });
    assert.match(md, /\*\*40%\*\* · supported by the dataset/);
    assert.match(md, /Dataset: \*\*40%\*\* · McKinsey 2026 AI Report, 2026/);
    assert.match(md, /> According to McKinsey's 2026 AI Report, organizations using open\\-source AI models report \*\*40%\*\* faster/);
    assert.match(md, /\*The Rise of Open\\-Source AI Models\\: Why Tech Giants Are Giving Away Their Code\* — NWCast, April 4, 2026/);
    assert.match(md, /\[Open in article\]\(command:statlens\.openArticle\?%5B%22nwcast-time-to-market%22%5D\)/);
  });

  it('names the writer\'s source document a figure is supported by, and opens it at the quote', () => {
    const finding = sourcedFinding('Our notes: 41% of platform teams run an open model in production.', '41%');
    assert.equal(finding.status, 'supported');
    const md = hoverMarkdown(finding, { canOpenArticle: (r) => r.id === finding.record!.id && 'source' });
    const [first] = md.split('\n\n');
    assert.equal(first, `**41%** · supported by *Platform survey 2026* (Example Research, 2026) · [Open source at quote](command:statlens.openArticle?${encodeURIComponent(JSON.stringify([finding.record!.id]))})`);
    assert.doesNotMatch(md, /the dataset|Dataset:/);
    assert.match(md, /Source: \*\*41%\*\* · Example Research, 2026/);
    assert.match(md, /> According to the survey, \*\*41%\*\* of platform teams now run an open model in production/);
  });

  it('names the writer\'s source document a figure conflicts with', () => {
    const finding = sourcedFinding('Our notes: 47% of platform teams run an open model in production.', '47%');
    assert.equal(finding.status, 'conflicting');
    const md = hoverMarkdown(finding, { canOpenArticle: () => 'source' });
    assert.match(md.split('\n\n')[0], /^\*\*47%\*\* · conflicts with \*Platform survey 2026\* \(Example Research, 2026\) · \[Open source at quote\]/);
    assert.match(md, /the source says \*\*41%\*\*/);
  });

  it('still says "the dataset" for a record of a dataset file or the bundled article', () => {
    const md = hoverMarkdown(findingOf('According to McKinsey, open-model users ship 40% faster.', '40%'), { canOpenArticle: () => true });
    assert.match(md.split('\n\n')[0], /· supported by the dataset · \[Open in article\]/);
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
