import * as assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/config/parse';
import { addSourceToConfig } from '../../src/core/config/addSource';
import { extractedText, locateQuote, pageAt } from '../../src/core/sources/extracted';
import { markdownSource } from '../../src/core/sources/markdown';
import { articleOf, sourceDataset, sourceKeyOf, textSource } from '../../src/core/sources/read';
import { isBinary, sniffFormat } from '../../src/core/sources/sniff';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const SOURCE = `---
title: Platform survey
publisher: Example Research
date: 2026-03-01
---

# Platform survey

According to the survey, **41%** of platform teams now run an open model
in production, up from 28% a year earlier.

| Model | MMLU |
| --- | --- |
| Llama 3 70B | 79.5 |
`;

describe('config sources in the core (shared by the CLI and the editor)', () => {
  describe('sniffFormat and isBinary', () => {
    it('tells PDF by its header, HTML by extension or opening tag, Markdown by extension, else text', () => {
      assert.equal(sniffFormat('a.bin', bytes('  %PDF-1.7\n')), 'pdf');
      assert.equal(sniffFormat('page.htm', bytes('hello')), 'html');
      assert.equal(sniffFormat('saved', bytes('\uFEFF\n<!DOCTYPE html><html>')), 'html');
      assert.equal(sniffFormat('notes/x.MD', bytes('# x')), 'markdown');
      assert.equal(sniffFormat('x.txt', bytes('<p>not a page')), 'text');
    });

    it('calls NUL bytes or mostly invalid UTF-8 binary, and accented text and a cut sequence text', () => {
      assert.equal(isBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), true);
      assert.equal(isBinary(new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 60)))), true);
      assert.equal(isBinary(bytes('Déjà vu: 41% of équipes — “quoted” ✓')), false);
      assert.equal(isBinary(bytes('41% €').subarray(0, 6)), false);
    });
  });

  describe('sourceDataset', () => {
    it('derives records with buildDataset, the article from the front matter, ids from the path', () => {
      const imported = sourceDataset(markdownSource(SOURCE), 'sources/survey.md', '2026-05-05');
      assert.ok(typeof imported !== 'string');
      assert.deepEqual(imported.articles[0], { id: 'sources-survey', title: 'Platform survey', publisher: 'Example Research', date: '2026-03-01' });
      const figure = imported.records.find((r) => r.text === '41%');
      assert.ok(figure, JSON.stringify(imported.records.map((r) => r.text)));
      assert.match(figure.id, /^sources-survey-/);
      assert.equal(figure.quote, 'According to the survey, 41% of platform teams now run an open model in production, up from 28% a year earlier.');
    });

    it('fills the article from the file when the source says nothing, and says when there is no statistic', () => {
      assert.deepEqual(articleOf({ url: 'https://example.org/post' }, 'post.html', '2026-01-02'), { title: 'post.html', publisher: 'example.org', date: '2026-01-02', url: 'https://example.org/post' });
      assert.equal(sourceDataset(markdownSource('# Words\n\nNo figures at all here.'), 'a.md', '2026-01-01'), 'no statistics found');
      assert.equal(sourceKeyOf('sources/Open Models.html'), 'sources-open-models');
    });

    it('gives one line for a text with no text, and for HTML when no reader loaded', () => {
      assert.equal(textSource('text', '  \n\n '), 'no text found');
      assert.match(textSource('html', '<p>41% of teams</p>') as string, /HTML reader did not load/);
      assert.equal(textSource('html', '<p></p>', () => ({ blocks: [], meta: {} })), 'no text found in the page (broken or empty HTML?)');
    });
  });

  describe('extractedText and locateQuote', () => {
    it('finds every record quote of an HTML-like source verbatim in its extracted text, a table row once', () => {
      const doc = markdownSource(SOURCE);
      const imported = sourceDataset(doc, 'survey.md', '2026-01-01');
      assert.ok(typeof imported !== 'string');
      const { text } = extractedText(doc);
      assert.equal(text.split('\n').filter((l) => l.includes('Llama 3 70B')).length, 1);
      for (const r of imported.records) {
        const at = locateQuote(text, r.quote, r.text);
        assert.ok(at, r.quote);
        assert.equal(text.slice(at.start, at.end), r.quote);
      }
    });

    it("finds a quote in a Markdown file's own text across emphasis and line breaks", () => {
      const quote = 'According to the survey, 41% of platform teams now run an open model in production, up from 28% a year earlier.';
      const at = locateQuote(SOURCE, quote, '41%');
      assert.ok(at);
      assert.ok(SOURCE.slice(at.start, at.end).startsWith('According to the survey, **41%**'));
      assert.ok(SOURCE.slice(at.start, at.end).endsWith('a year earlier.'));
    });

    it("reads past a link's target, falls back to the opening words, then to the figure, else nothing", () => {
      const text = 'Intro.\n\nAs [Gartner](https://gartner.example/report) found last spring, 73% of enterprises run open models.';
      const at = locateQuote(text, 'As Gartner found last spring, 73% of enterprises run open models.', '73%');
      assert.ok(at);
      assert.equal(text.slice(at.start, at.end), 'As [Gartner](https://gartner.example/report) found last spring, 73% of enterprises run open models.');
      const changed = 'As Gartner found last spring, 73% of enterprises ran models in 2025.';
      const opening = locateQuote(changed, 'As Gartner found last spring, 73% of enterprises run open models.', '73%');
      assert.equal(opening && changed.slice(opening.start, opening.end), 'As Gartner found last spring, 73%');
      assert.deepEqual(locateQuote('only 12% here', 'A sentence that is not there at all with 12%', '12%'), { start: 5, end: 8 });
      assert.equal(locateQuote('nothing', 'A sentence with 99%', '99%'), undefined);
    });

    it('picks the nth occurrence of a repeated sentence', () => {
      const text = 'Sales rose 5%. Other. Sales rose 5%.';
      assert.equal(locateQuote(text, 'Sales rose 5%.', '5%', 2)?.start, 22);
    });

    it('marks the pages of a PDF and tells the page of an offset', () => {
      const extracted = extractedText({ blocks: [{ text: 'First page, 10% of it.', role: 'paragraph', page: 1 }, { text: 'Second, 20%.', role: 'paragraph', page: 2 }], meta: {} });
      assert.equal(extracted.text, '— page 1 —\n\nFirst page, 10% of it.\n\n— page 2 —\n\nSecond, 20%.');
      assert.equal(pageAt(extracted, extracted.text.indexOf('20%')), 2);
      assert.equal(pageAt(extracted, extracted.text.indexOf('10%')), 1);
    });
  });

  describe('addSourceToConfig', () => {
    it('creates the sources list in an empty or missing file', () => {
      const added = addSourceToConfig('', 'sources/a.md');
      assert.ok('text' in added);
      assert.deepEqual(parseConfig('c', added.text).config?.sources, ['sources/a.md']);
    });

    it('appends to an existing list and keeps comments and other keys', () => {
      const text = '// team settings\n{\n    "severity": { "cited": "off" }, // quiet\n    "sources": ["papers/**"],\n}\n';
      const added = addSourceToConfig(text, 'web/page.html');
      assert.ok('text' in added);
      assert.ok(added.text.startsWith('// team settings\n{\n    "severity": { "cited": "off" }, // quiet\n'), added.text);
      const { config } = parseConfig('c', added.text);
      assert.deepEqual(config?.sources, ['papers/**', 'web/page.html']);
      assert.deepEqual(config?.severity, { cited: 'none' });
    });

    it('changes nothing when a glob already covers the path, or the file is broken', () => {
      assert.deepEqual(addSourceToConfig('{ "sources": ["sources/**"] }', 'sources/x/y.md'), { unchanged: '"sources/x/y.md" is a source already (matched by "sources/**")' });
      assert.ok('unchanged' in addSourceToConfig('{ "sources": [', 'a.md'));
    });
  });
});
