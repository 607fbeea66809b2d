import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { reportFinding, type ReportFile } from '../../src/core/report';
import { factCheckSheet } from '../../src/core/sheet';
import { field, sheetCsv } from '../../src/core/sheet/csv';
import { sheetHtml } from '../../src/core/sheet/html';
import { sheetMarkdown } from '../../src/core/sheet/markdown';
import { sheetRows, type SheetRow } from '../../src/core/sheet/rows';
import { checker } from '../support/checker';
import { runCli } from '../support/cli';

function file(notePath: string, text: string): ReportFile {
  const result = checker().check(text);
  return { path: notePath, findings: result.findings.map((f) => reportFinding(f, result.lines)) };
}

const BRIEF = 'Intro.\n\nOne vendor deck claims 78% of enterprises use open-source AI models in production.\nIn 2026, over 73% of enterprises run at least one open-source AI model in production.\n';
const OTHER = 'Roughly 61% of CIOs plan to grow open-model budgets. <!-- statlens-disable-line -->\n';

/** A row as a dataset or a note could make it: every character a format must take care of. */
const HOSTILE: SheetRow = {
  note: 'notes/a|b, "c".md',
  line: 3,
  column: 1,
  figure: '=1+2',
  status: 'supported',
  suppressed: false,
  source: '<script>alert(1)</script> & [x](javascript:alert(1))',
  year: '2026',
  quote: 'She said "73%", then\u00a0left, | *bold* `code`',
};

describe('fact-check sheet', () => {
  it('has one row per figure with note, line, figure, status, source, year and quote, sorted by note then line', () => {
    const rows = sheetRows([file('z/brief.md', BRIEF), file('a/other.md', OTHER)]);
    assert.deepEqual(
      rows.map((r) => [r.note, r.line, r.figure, r.status, r.suppressed, r.source, r.year]),
      [
        ['a/other.md', 1, '61%', 'unsupported', true, '', ''],
        ['z/brief.md', 3, '78%', 'conflicting', false, 'NWCast', '2026'],
        ['z/brief.md', 4, '73%', 'supported', false, 'NWCast', '2026'],
      ],
    );
    assert.match(rows[2].quote, /^In 2026, over 73% of enterprises are using at least one open-source AI model/);
  });

  it('writes CSV by RFC 4180: commas, quotes and line breaks quoted, quotes doubled, CRLF rows', () => {
    assert.deepEqual([field('plain'), field('a,b'), field('say "hi"'), field('two\nlines'), field(' padded'), field('')], ['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '" padded"', '']);
    const csv = sheetCsv([HOSTILE]);
    assert.equal(
      csv,
      'Note,Line,Figure,Status,Source,Year,Quote\r\n' +
        '"notes/a|b, ""c"".md",3,\'=1+2,supported,<script>alert(1)</script> & [x](javascript:alert(1)),2026,"She said ""73%"", then\u00a0left, | *bold* `code`"\r\n',
    );
  });

  it('keeps a spreadsheet from running text as a formula, but leaves signed figures alone', () => {
    assert.deepEqual(['=SUM(A1)', '@cmd', '+cmd|x', '-2+3', '-5%', '+12', '+1,200', '-0.5'].map(field), ["'=SUM(A1)", "'@cmd", "'+cmd|x", "'-2+3", '-5%', '+12', '"+1,200"', '-0.5']);
  });

  it('writes Markdown whose cells cannot break the table or become markup', () => {
    const md = sheetMarkdown([HOSTILE], 1);
    const row = md.split('\n').find((l) => l.startsWith('| notes'))!;
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 7, `seven cells: ${row}`);
    assert.match(row, /\\<script\\>alert\(1\)\\<\/script\\> \\& \\\[x\\\]\(javascript:alert\(1\)\)/);
    assert.match(row, /\\\| \\\*bold\\\* \\`code\\`/);
    assert.match(md, /^<!-- statlens-disable-file -->\n# Fact-check sheet\n\n1 figure in 1 note: 1 supported\.\n/);
  });

  it('writes one self-contained HTML page with everything escaped', () => {
    const html = sheetHtml([HOSTILE], 1);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; \[x\]\(javascript:alert\(1\)\)/);
    assert.match(html, /notes\/a\|b, &quot;c&quot;\.md/);
    assert.equal(html.match(/<script\b/g)?.length, 1, 'one script, inline');
    assert.doesNotMatch(html, /<script[^>]*\bsrc=|<link\b|@import|https?:\/\//, 'nothing loaded from elsewhere');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('is the same rows in every format', () => {
    const files = [file('z/brief.md', BRIEF), file('a/other.md', OTHER)];
    assert.equal(factCheckSheet(files, 'csv').trimEnd().split('\r\n').length, 4);
    assert.equal((factCheckSheet(files, 'html').match(/<tr data-status=/g) ?? []).length, 3);
    assert.equal((factCheckSheet(files, 'md').match(/^\| [az]\//gm) ?? []).length, 3);
    assert.match(factCheckSheet(files, 'md'), /\| unsupported \(suppressed\) \|/);
    const sheetAsNote = checker().check(factCheckSheet(files, 'md'));
    assert.ok(sheetAsNote.findings.length > 0 && sheetAsNote.findings.every((f) => f.suppressed), 'checked as a note, the Markdown sheet reports nothing');
  });

  it('statlens report prints the sheet of a folder, and refuses a format it does not have', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-sheet-'));
    try {
      fs.writeFileSync(path.join(dir, 'b.md'), BRIEF);
      fs.writeFileSync(path.join(dir, 'a.md'), OTHER);
      const csv = runCli(['report', '--format', 'csv', '.'], dir);
      assert.equal(csv.code, 0, csv.stderr);
      assert.deepEqual(csv.stdout.split('\r\n').slice(0, 3).map((l) => l.split(',').slice(0, 4).join(',')), ['Note,Line,Figure,Status', 'a.md,1,61%,unsupported (suppressed)', 'b.md,3,78%,conflicting']);
      const md = runCli(['report', '.'], dir);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /^<!-- statlens-disable-file -->\n# Fact-check sheet\n\n3 figures in 2 notes: 1 supported, 1 conflicting, 1 unsupported\./);
      const bad = runCli(['report', '--format', 'sarif', '.'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^statlens: report: --format must be "md", "csv" or "html", not "sarif"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
