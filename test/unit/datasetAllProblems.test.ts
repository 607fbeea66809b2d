import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatIssue } from '../../src/core/dataset/types';
import { parseDataset } from '../../src/core/dataset/validate';
import { bundledDataset } from '../../src/data/bundled';
import { CLI, runCli } from '../support/cli';

// Issue 14, item 3: a file with problems of every stage (schema, quote, ids across and
// within files, value against text, articles) reports them all in one run, in file order.

const good = {
  id: 'x-1', text: '44%', value: 44, unit: 'percent', quote: 'A survey found 44% run models on-prem.',
  subject: 'teams running models on-prem', source: 'Example Research', year: 2026,
  article: { title: 'On-prem AI', publisher: 'Example Research', date: '2026-01-15' },
};
const { source: _source, ...noSource } = good;

const FILE = {
  name: 'Ten records, eight with problems',
  records: [
    good,
    // Two schema errors and a quote that lacks the figure, in one record.
    { ...good, id: 'x-2', quote: 'A survey found most run models on-prem.', subject: '', year: 20260 },
    // An id the bundled dataset has, a value that is not the text's, an unknown unit.
    { ...good, id: 'nwcast-enterprise-adoption', value: 45, unit: 'furlongs' },
    { ...good, id: 'x-3', value: 4.4 },
    // The id of record 3, which is itself invalid; and an unknown field.
    { ...good, id: 'x-3', colour: 'red' },
    { ...good, id: 'x-5', text: '$47 billion', value: 47, quote: 'Spending reached $47 billion.' },
    // A missing field comes after the fields the record has.
    { ...noSource, id: 'x-6', year: 1800 },
    { ...good, id: 'x-7' },
    { ...good, id: 'x-8', article: 'nope' },
    { ...good, id: 'x-9', article: 'a-1' },
  ],
  articles: [{ id: 'a-1', title: '', publisher: 'Example Research', date: '2026' }],
};

const EXPECTED = [
  'my.json: record 1 (id "x-2"): field "quote": the quote does not contain the figure "44%"',
  'my.json: record 1 (id "x-2"): field "subject" must not be empty',
  'my.json: record 1 (id "x-2"): field "year": 20260 is out of range (greater than 2100)',
  'my.json: record 2 (id "nwcast-enterprise-adoption"): field "id": duplicate id "nwcast-enterprise-adoption" (ids must be unique across all datasets)',
  'my.json: record 2 (id "nwcast-enterprise-adoption"): field "value": 45 is not the figure "44%" (expected 44)',
  /^my\.json: record 2 \(id "nwcast-enterprise-adoption"\): field "unit": "furlongs" is not a known unit; use one of percent, /,
  'my.json: record 3 (id "x-3"): field "value": 4.4 is not the figure "44%" (expected 44)',
  'my.json: record 4 (id "x-3"): field "id": duplicate id "x-3" (record 3 has it too; ids must be unique across all datasets)',
  'my.json: record 4 (id "x-3"): field "colour" is not a known field',
  'my.json: record 5 (id "x-5"): field "value": 47 is not the figure "$47 billion" (expected 47000000000)',
  'my.json: record 5 (id "x-5"): field "unit": "$47 billion" reads as unit "USD", not "percent"',
  'my.json: record 6 (id "x-6"): field "year": 1800 is out of range (less than 1900)',
  'my.json: record 6 (id "x-6"): field "source" is missing (required)',
  'my.json: record 8 (id "x-8"): field "article": no article with id "nope" in "articles"',
  'my.json: record 9 (id "x-9"): field "article": the article "a-1" has a problem (articles[0])',
  'my.json: field "articles[0].title" must not be empty',
];

function assertLines(actual: string[], expected: Array<string | RegExp>): void {
  assert.equal(actual.length, expected.length, `expected ${expected.length} lines, got:\n${actual.join('\n')}`);
  expected.forEach((line, i) => (typeof line === 'string' ? assert.equal(actual[i], line) : assert.match(actual[i], line)));
}

describe('a dataset file with problems of every stage: all of them in one run, in file order', () => {
  const bundledIds = new Set(bundledDataset().records.map((r) => r.id));

  it('the core reports each problem as one line and keeps the valid records', () => {
    const { dataset, issues } = parseDataset('my.json', JSON.stringify(FILE, null, 2), bundledIds);
    assertLines(issues.map(formatIssue), EXPECTED);
    assert.deepEqual(dataset?.records.map((r) => r.id), ['x-1', 'x-7']);
  });

  it('an id is taken once a file names it, valid or not, so fixing one file reveals no new duplicate', () => {
    const first = parseDataset('a.json', JSON.stringify({ records: [{ ...good, year: 'x' }] }));
    assert.deepEqual(first.ids, ['x-1']);
    const second = parseDataset('b.json', JSON.stringify({ records: [good] }), new Set(first.ids));
    assert.deepEqual(second.issues.map(formatIssue), ['b.json: record 0 (id "x-1"): field "id": duplicate id "x-1" (ids must be unique across all datasets)']);
  });

  describe('the CLI', function () {
    this.timeout(20_000);
    let dir: string;
    before(function () {
      if (!fs.existsSync(CLI)) this.skip();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-all-problems-'));
    });
    after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

    it('prints every line before it exits 2 (spec §4: an invalid dataset)', () => {
      fs.writeFileSync(path.join(dir, 'a.md'), 'In 2026, over 73% of enterprises run open-source AI models.\n');
      fs.writeFileSync(path.join(dir, 'my.json'), JSON.stringify(FILE, null, 2));
      const r = runCli(['check', '--dataset', 'my.json', 'a.md'], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assertLines(r.stderr.split('\n').filter(Boolean), EXPECTED.map((line) => (typeof line === 'string' ? `statlens: ${line}` : new RegExp(`^statlens: ${line.source.slice(1)}`))));
    });
  });
});
