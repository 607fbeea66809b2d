import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { activate, codeOf, diagnosticsOf, openNote, rangeOf } from './helpers';

// research/datasets/hostile.statlens-dataset.json: a record whose quote, subject, source and
// article hold command: links, raw HTML, <script>, javascript: links and bare URLs.
const HOSTILE = ['<script>alert(1)</script>', '[run](command:workbench.action.files.newUntitledFile)', '<img src=x onerror=alert(1)>', '[js](javascript:alert(1))', 'https://evil.example/x', '[Evil](command:workbench.action.files.newUntitledFile) <b>Labs</b>', '<a href="command:workbench.action.files.newUntitledFile">pub</a>'];

/** Stricter than VS Code's hover renderer: raw HTML passes through and bare URLs become links. */
const strict = new MarkdownIt({ html: true, linkify: true });
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

async function hoversAt(document: vscode.TextDocument, figure: string): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, figure).start.translate(0, 1));
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c);
}

describe('dataset text is shown as plain text (real VS Code)', () => {
  before(() => activate());

  for (const figure of ['29%', '35%']) {
    it(`hover over ${figure}: no live link, command or HTML, and only StatLens's own command trusted`, async () => {
      const { document } = await openNote('research/agents.md');
      await diagnosticsOf(document, 1);
      const [hover, ...others] = await hoversAt(document, figure);
      assert.equal(others.length, 0);
      assert.match(hover.value, /Hostile|Evil/, 'the hover shows the hostile record');
      assert.ok(!hover.supportHtml, 'supportHtml is off');
      assert.deepEqual(hover.isTrusted, { enabledCommands: ['statlens.openArticle'] });
      const html = strict.render(hover.value);
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()));
      assert.deepEqual([...tags].filter((t) => !['p', 'strong', 'em', 'blockquote'].includes(t)), [], html);
      const shown = textOf(html);
      for (const text of HOSTILE) assert.ok(shown.includes(text), `"${text}" shown as text in: ${shown}`);
    });
  }

  it('keeps diagnostic messages one line of plain text', async () => {
    const { document } = await openNote('research/agents.md');
    const [conflict] = await diagnosticsOf(document, 1);
    assert.equal(codeOf(conflict), 'statlens.conflicting');
    assert.equal(typeof conflict.message, 'string', 'a string message, which VS Code never renders as Markdown');
    assert.equal(conflict.message, '35% conflicts with the source. Dataset: 29% ([Evil](command:workbench.action.files.newUntitledFile) <b>Labs</b> javascript:alert(1), 2026).');
  });
});
