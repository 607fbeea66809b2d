import * as assert from 'node:assert/strict';
import { distinctFigures } from '../../src/core/dataset/distinct';
import * as fs from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import { datasetFromJson, parseDataset } from '../../src/core/dataset/validate';
import { formatIssue } from '../../src/core/dataset/types';
import { bundledDataset } from '../../src/data/bundled';
import { repoPath } from '../support/paths';

const article = fs.readFileSync(repoPath('media/articles/nwcast-open-source-ai-2026.txt'), 'utf8');
const raw = JSON.parse(fs.readFileSync(repoPath('media/datasets/nwcast-open-source-ai-2026.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(repoPath('media/schema/statlens-dataset.schema.json'), 'utf8'));

describe('the bundled dataset', () => {
  const records = bundledDataset().records;

  it('is the article in ../shared/seed, shipped unchanged', () => {
    const seed = repoPath('../shared/seed/open-source-ai-models-2026.txt');
    if (fs.existsSync(seed)) assert.equal(article, fs.readFileSync(seed, 'utf8'));
  });

  it('validates against its own JSON Schema', () => {
    const result = new Validator(schema, '7', false).validate(raw);
    assert.deepEqual(result.errors, []);
  });

  it('holds the 33 statistics of the article, 73% twice', () => {
    assert.equal(records.length, 33);
    assert.equal(records.filter((r) => r.text === '73%').length, 2);
    for (const text of ['67.5', '67.0', '$0.03 per 1,000 tokens']) assert.ok(records.some((r) => r.text === text), text);
  });

  it('quotes the article verbatim, and each quote holds its figure', () => {
    for (const r of records) {
      assert.ok(article.includes(r.quote), `${r.id}: quote not in the article`);
      assert.ok(r.quote.includes(r.text), `${r.id}: text not in its quote`);
    }
  });

  it('has unique ids', () => {
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
  });

  it('is read at run time without validation into exactly what validation gives', () => {
    const { dataset, issues } = datasetFromJson('bundled', raw);
    assert.deepEqual(issues, []);
    const { articleTexts, ...shipped } = bundledDataset();
    assert.deepEqual(shipped, dataset);
    assert.ok(articleTexts && Object.values(articleTexts)[0] === article);
  });

  it('states values that are what the text says (parseDataset reports no issue)', () => {
    const { issues } = parseDataset('bundled', JSON.stringify(raw));
    assert.deepEqual(issues.map(formatIssue), []);
  });

  it('dates figures as the article does', () => {
    const year = (text: string) => records.find((r) => r.text === text)!;
    assert.equal(year('5.2 million').year, 2026);
    assert.equal(year('85%').year, 2028);
    assert.deepEqual([year('340%').since, year('340%').year], [2024, 2026]);
    assert.equal(year('$10 billion').year, 2030);
  });

  it('names the source the article names', () => {
    const source = (text: string) => records.find((r) => r.text === text)!.source;
    assert.match(source('40%'), /McKinsey/);
    assert.match(source('$23 billion'), /Gartner/);
    assert.match(source('$2.3 million'), /Forrester/);
    assert.equal(source('$87 billion'), 'IDC');
    assert.equal(source('5.2 million'), 'Hugging Face');
    assert.equal(source('4.7x'), 'GitHub');
    assert.equal(source('250,000'), 'NWCast');
  });
});

// Each kind of bad dataset, in the core and through the CLI, is in badDatasets.test.ts.
describe('user datasets', () => {
  const good = {
    id: 'x-1', text: '44%', value: 44, unit: 'percent', quote: 'A survey found 44% run models on-prem.',
    subject: 'teams running models on-prem', source: 'Example Research', year: 2026,
    article: { title: 'On-prem AI', publisher: 'Example Research', date: '2026-01-15' },
  };

  it('accepts a valid record', () => {
    const { dataset, issues } = parseDataset('my.json', JSON.stringify({ records: [good] }));
    assert.deepEqual(issues, []);
    assert.equal(dataset?.records[0].article.publisher, 'Example Research');
  });
  it('an id taken by the bundled dataset', () => {
    const issues = parseDataset('my.json', JSON.stringify({ records: [{ ...good, id: 'nwcast-enterprise-adoption' }] }), new Set(bundledDataset().records.map((r) => r.id))).issues;
    assert.equal(issues[0].field, 'id');
  });
  it('keeps an issue on one line whatever the file holds (line breaks, terminal escapes)', () => {
    const [line] = parseDataset('my\nfile.json', JSON.stringify({ records: [{ ...good, id: 'a\nb\u001b[31m' }] })).issues.map(formatIssue);
    assert.equal(line, 'my\\nfile.json: record 0 (id "a\\nb\\u001b[31m"): field "id": "a\\nb\\u001b[31m" is not in the expected form');
  });
  it('keeps the valid records when others are invalid', () => {
    const { dataset, issues } = parseDataset('my.json', JSON.stringify({ records: [{ ...good, id: 'bad', year: 'x' }, good] }));
    assert.equal(issues.length, 1);
    assert.deepEqual(dataset?.records.map((r) => r.id), ['x-1']);
  });
});

describe('distinct figures', () => {
  it('lists a figure the article states twice (its lede and its body) once, under its first record', () => {
    const records = bundledDataset().records;
    const figures = distinctFigures(records);
    const seventyThree = figures.filter((f) => f.record.text === '73%');
    assert.equal(seventyThree.length, 1, 'one 73%');
    assert.equal(seventyThree[0].record.id, 'nwcast-enterprise-adoption-lede');
    assert.equal(seventyThree[0].times, 2);
    assert.equal(figures.length, records.length - 1, 'every other record is its own figure');
    const other = { ...records[0], quote: records[0].quote + ' Later.' };
    assert.equal(distinctFigures([records[0], other]).length, 2, 'another sentence is another figure');
  });
});
