import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatIssue } from '../../src/core/dataset/types';
import { MAX_DATASET_BYTES, parseDataset } from '../../src/core/dataset/validate';
import { CLI, runCli, workspace } from '../support/cli';
import { repoPath } from '../support/paths';

const schema = JSON.parse(fs.readFileSync(repoPath('media/schema/statlens-dataset.schema.json'), 'utf8'));
const RECORD = schema.definitions.record as { required: string[]; properties: Record<string, { type?: string }> };

const good = {
  id: 'x-1', text: '44%', value: 44, unit: 'percent', quote: 'A survey found 44% run models on-prem.',
  subject: 'teams running models on-prem', source: 'Example Research', year: 2026,
  article: { title: 'On-prem AI', publisher: 'Example Research', date: '2026-01-15' },
};
const records = (...list: unknown[]) => JSON.stringify({ records: list });
const without = (field: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== field));
/** A value of another JSON type than the schema's. */
const OTHER_TYPE: Record<string, unknown> = { string: 42, number: '44', integer: '2026', array: 'x' };

interface BadDataset {
  what: string;
  text: string;
  /** The one line that names the file, the record (index and id) and the field. */
  line: string | RegExp;
}

const BAD: BadDataset[] = [
  { what: 'not JSON', text: 'hello', line: 'my.json: not valid JSON: invalid symbol at line 1, column 1' },
  { what: 'JSON with a trailing comma', text: '{"records": [\n  1,\n]}', line: 'my.json: not valid JSON: trailing comma at line 3, column 1' },
  { what: 'a top level that is an array', text: '[]', line: 'my.json: expected an object with a "records" array, found an array' },
  { what: 'no "records"', text: '{"name": "x"}', line: 'my.json: field "records" is missing (required): a dataset is {"records": [ … ]}' },
  { what: '"records" that is not an array', text: '{"records": {}}', line: 'my.json: field "records": expected an array of records, found an object' },
  { what: 'a record that is not an object', text: records(good, 'x'), line: 'my.json: record 1: expected an object, found a string ("x")' },
  ...RECORD.required.map((field) => ({
    what: `a record missing "${field}"`,
    text: records(without(field)),
    line: `my.json: record 0${field === 'id' ? '' : ' (id "x-1")'}: field "${field}" is missing (required)`,
  })),
  ...Object.entries(RECORD.properties)
    .filter(([, p]) => p.type && p.type in OTHER_TYPE)
    .map(([field, p]) => ({
      what: `a wrong type for "${field}"`,
      text: records({ ...good, [field]: OTHER_TYPE[p.type!] }),
      line: field === 'unit' ? /^my\.json: record 0 \(id "x-1"\): field "unit": "42" is not a known unit; use one of percent, / : new RegExp(`^my\\.json: record 0${field === 'id' ? '' : ' \\(id "x-1"\\)'}: field "${field}" must be ${p.type}, found (a string|a number) \\(`),
    })),
  { what: 'an article of the wrong type', text: records({ ...good, article: 7 }), line: 'my.json: record 0 (id "x-1"): field "article" must be an article (an object with title, publisher and date) or the id of one in "articles", found a number (7)' },
  { what: 'a duplicate id', text: records(good, good), line: 'my.json: record 1 (id "x-1"): field "id": duplicate id "x-1" (record 0 has it too; ids must be unique across all datasets)' },
  { what: 'a quote that does not contain its figure', text: records({ ...good, quote: 'A survey found most run models on-prem.' }), line: 'my.json: record 0 (id "x-1"): field "quote": the quote does not contain the figure "44%"' },
  { what: 'a value that is not the figure', text: records({ ...good, value: 4.4 }), line: 'my.json: record 0 (id "x-1"): field "value": 4.4 is not the figure "44%" (expected 44)' },
  { what: 'an unknown unit', text: records({ ...good, unit: 'furlongs' }), line: /^my\.json: record 0 \(id "x-1"\): field "unit": "furlongs" is not a known unit; use one of percent, pp, USD, .* or a rate such as "USD\/token" or "requests\/s"$/ },
  { what: 'a year of 20260', text: records({ ...good, year: 20260 }), line: 'my.json: record 0 (id "x-1"): field "year": 20260 is out of range (greater than 2100)' },
  { what: 'an unknown field', text: records({ ...good, colour: 'red' }), line: 'my.json: record 0 (id "x-1"): field "colour" is not a known field' },
  { what: 'an article id that is not defined', text: records({ ...good, article: 'nope' }), line: 'my.json: record 0 (id "x-1"): field "article": no article with id "nope" in "articles"' },
];

function assertLine(actual: string, expected: string | RegExp): void {
  if (typeof expected === 'string') assert.equal(actual, expected);
  else assert.match(actual, expected);
}

/** The CLI's stderr for `check --dataset my.json a.md`, where my.json is made by `make`; asserts exit 2. */
function cliLines(make: (file: string) => void): string[] {
  const dir = workspace({ 'a.md': 'In 2026, over 73% of enterprises run open-source AI models.\n' });
  make(path.join(dir, 'my.json'));
  const r = runCli(['check', '--dataset', 'my.json', 'a.md'], dir);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  return r.stderr.split('\n').filter(Boolean);
}

describe('bad datasets: one line naming the file, the record (index and id) and the field; the CLI exits 2', function () {
  // Each case starts the CLI once.
  this.timeout(20_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  for (const bad of BAD) {
    it(bad.what, () => {
      const issues = parseDataset('my.json', bad.text).issues.map(formatIssue);
      assert.equal(issues.length, 1, issues.join('\n'));
      assertLine(issues[0], bad.line);
      const [line, ...more] = cliLines((file) => fs.writeFileSync(file, bad.text));
      assert.deepEqual(more, []);
      assert.equal(line, `statlens: ${issues[0]}`);
    });
  }

  it(`a 50 MB file: refused unread, over the ${MAX_DATASET_BYTES / 1e6} MB limit`, () => {
    const expected = `my.json: 50.0 MB is over the ${MAX_DATASET_BYTES / 1e6} MB limit for a dataset file; split it into several files`;
    assert.deepEqual(parseDataset('my.json', ' '.repeat(50_000_000)).issues.map(formatIssue), [expected]);
    // A sparse file of NULs: were it read and parsed, the line would say "not valid JSON".
    assert.deepEqual(cliLines((file) => fs.truncateSync((fs.writeFileSync(file, ''), file), 50_000_000)), [`statlens: ${expected}`]);
  });

  it('a path that is not a regular file: a directory, or a device that never ends', () => {
    assert.deepEqual(cliLines((file) => fs.mkdirSync(file)), ['statlens: my.json: cannot read dataset: not a regular file']);
    // /dev/zero has size 0 and no end: read, it would never finish.
    assert.deepEqual(cliLines((file) => fs.symlinkSync('/dev/zero', file)), ['statlens: my.json: cannot read dataset: not a regular file']);
  });

  it('a file without read permission', function () {
    if (process.getuid?.() === 0) {
      console.log('      (skipped: running as root, where chmod 000 does not stop reading; the directory case above covers a read error)');
      this.skip();
    }
    assert.deepEqual(
      cliLines((file) => {
        fs.writeFileSync(file, records(good));
        fs.chmodSync(file, 0o000);
      }),
      ['statlens: my.json: cannot read dataset: EACCES'],
    );
  });
});
