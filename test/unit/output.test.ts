import * as assert from 'node:assert/strict';
import { BaselineMatcher, buildBaseline, parseBaseline, serializeBaseline, type BaselineKey } from '../../src/core/output/baseline';
import { hash64 } from '../../src/core/output/fingerprint';
import { helpUri, toSarif, type SarifNote } from '../../src/core/output/sarif';
import { surroundings } from '../../src/core/output/surroundings';
import type { ReportFinding } from '../../src/core/report';
import { jsonChunks } from '../../src/cli/output';

/** The surroundings of the one occurrence of `figure` in `text`. */
function around(text: string, figure: string): string {
  const at = text.indexOf(figure);
  assert.ok(at >= 0 && text.indexOf(figure, at + 1) < 0, `one "${figure}" in the text`);
  return surroundings(text, at, at + figure.length);
}

describe('a figure\'s surroundings (baseline and fingerprint identity)', () => {
  it('are its own sentence, whitespace normalised', () => {
    const text = 'Budgets grew. Roughly  61% of CIOs\tplan to grow them. Others wait.';
    assert.equal(around(text, '61%'), 'Roughly 61% of CIOs plan to grow them.');
  });

  it('follow a sentence across soft line breaks, but not into the next paragraph, heading, list item or table row', () => {
    assert.equal(around('Roughly 61% of CIOs\nplan to grow budgets.', '61%'), 'Roughly 61% of CIOs plan to grow budgets.');
    assert.equal(around('Intro line\n\nRoughly 61% of CIOs\n\nNext paragraph', '61%'), 'Roughly 61% of CIOs');
    assert.equal(around('# Budgets\nRoughly 61% of CIOs', '61%'), 'Roughly 61% of CIOs');
    assert.equal(around('# Roughly 61% of CIOs\nplan to grow', '61%'), '# Roughly 61% of CIOs');
    assert.equal(around('- first item\n- roughly 61% of CIOs\n- third item', '61%'), '- roughly 61% of CIOs');
    assert.equal(around('| a | b |\n| --- | --- |\n| CIOs | 61% |\n| CTOs | 40% |', '61%'), '| CIOs | 61% |');
  });

  it('keep at most eight words either side, so a long sentence is identified by what is near the figure', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const text = `${words(20, 'a')} 61% ${words(20, 'b')}.`;
    assert.equal(around(text, '61%'), `${words(20, 'a').split(' ').slice(-8).join(' ')} 61% ${words(8, 'b')}`);
  });

  it('do not change when other sentences, lines or paragraphs change', () => {
    const note = (before: string, after: string) => `${before}\n\nSome text. Roughly 61% of CIOs plan to grow budgets. More text.\n\n${after}`;
    const a = note('# Title', 'End.');
    const b = note('# Another title\n\nA whole new paragraph with 5 lines\nof text.', 'A different end, with 80% more words.');
    assert.equal(around(a, '61%'), around(b, '61%'));
  });

  it('stay bounded on a huge line', () => {
    const text = '1,2,'.repeat(250_000) + ' 61% ' + '3,4,'.repeat(250_000);
    const at = text.indexOf('61%');
    assert.ok(surroundings(text, at, at + 3).length <= 2 * 240 + 3);
  });
});

describe('hash64 (fingerprints)', () => {
  it('is 64-bit FNV-1a (the published test vectors)', () => {
    assert.equal(hash64(''), 'cbf29ce484222325');
    assert.equal(hash64('a'), 'af63dc4c8601ec8c');
    assert.equal(hash64('foobar'), '85944171f73967e8');
  });
});

describe('baselines', () => {
  const key = (path: string, text: string, context = `about ${text}`, code = 'statlens.unsupported'): BaselineKey => ({ path, code, text, context });

  it('count identical findings and sort entries the same whatever the input order', () => {
    const keys = [key('b.md', '61%'), key('a.md', '5.2 million', 'x', 'statlens.conflicting'), key('b.md', '61%'), key('a.md', '40%')];
    const one = serializeBaseline(buildBaseline(keys));
    const two = serializeBaseline(buildBaseline([...keys].reverse()));
    assert.equal(one, two);
    const parsed = JSON.parse(one);
    assert.equal(parsed.version, 1);
    assert.deepEqual(parsed.findings.map((f: BaselineKey & { count: number }) => [f.path, f.code, f.text, f.count]), [
      ['a.md', 'statlens.conflicting', '5.2 million', 1],
      ['a.md', 'statlens.unsupported', '40%', 1],
      ['b.md', 'statlens.unsupported', '61%', 2],
    ]);
  });

  it('match as a multiset: a baseline of two identical findings covers two, not three', () => {
    const matcher = new BaselineMatcher(buildBaseline([key('a.md', '61%'), key('a.md', '61%')]));
    assert.deepEqual([1, 2, 3].map(() => matcher.take(key('a.md', '61%'))), [true, true, false]);
    assert.equal(matcher.take(key('a.md', '61%', 'another sentence')), false);
    assert.equal(matcher.take(key('b.md', '61%')), false);
  });

  it('round-trip through their file format', () => {
    const baseline = buildBaseline([key('notes/a b.md', '61%', 'Roughly "61%" of CIOs')]);
    assert.deepEqual(parseBaseline(serializeBaseline(baseline)), baseline);
  });

  it('give one-line reasons for files that are not baselines', () => {
    const cases: [string, RegExp][] = [
      ['{"version": 1, "findings": [}', /^not JSON \(/],
      ['[]', /^not a StatLens baseline/],
      ['{"version": 2, "findings": []}', /^unsupported baseline version 2 \(expected 1\)$/],
      ['{"findings": []}', /^unsupported baseline version undefined/],
      ['{"version": 1}', /^"findings" must be an array$/],
      ['{"version": 1, "findings": [3]}', /^findings\[0\] must be an object$/],
      ['{"version": 1, "findings": [{"path": "a.md", "code": "c", "text": 61, "context": "", "count": 1}]}', /^findings\[0\]\.text must be a string$/],
      ['{"version": 1, "findings": [{"path": "a.md", "code": "c", "text": "61%", "context": "", "count": 0}]}', /^findings\[0\]\.count must be a positive integer$/],
    ];
    for (const [text, reason] of cases) {
      const result = parseBaseline(text);
      assert.equal(typeof result, 'string', text);
      assert.match(result as string, reason);
      assert.ok(!(result as string).includes('\n'), 'one line');
    }
  });
});

describe('SARIF from a report', () => {
  const tool = { name: 'StatLens', version: '1.2.3', informationUri: 'https://example.org/statlens' };
  const finding = (text: string, line: number, severity: string, code = 'statlens.unsupported'): ReportFinding => ({
    range: { start: { line, character: 4 }, end: { line, character: 4 + text.length } },
    text, kind: 'percent', value: 1, unit: 'percent', status: code.slice('statlens.'.length), severity, code, message: `${text} has no source`, record: null,
  });

  it('links each rule to its README section', () => {
    assert.equal(helpUri('https://example.org/statlens/', 'statlens.unsupported'), 'https://example.org/statlens#statlensunsupported');
  });

  it('maps severities to levels and leaves out findings with none, suppressed or baselined', () => {
    const note: SarifNote = {
      path: 'a.md',
      findings: [finding('1%', 0, 'error'), finding('2%', 1, 'warning'), finding('3%', 2, 'information'), finding('4%', 3, 'hint'), finding('5%', 4, 'none'), { ...finding('6%', 5, 'warning'), baselined: true }],
      contexts: ['a', 'b', 'c', 'd', 'e', 'f'],
    };
    const results = toSarif([note], tool).runs[0].results!;
    assert.deepEqual(results.map((r) => [r.message.text?.split(' ')[0], r.level]), [['1%', 'error'], ['2%', 'warning'], ['3%', 'note'], ['4%', 'note']]);
    assert.deepEqual(results[1].locations![0].physicalLocation!.region, { startLine: 2, startColumn: 5, endLine: 2, endColumn: 7 });
  });

  it('fingerprints by figure and surroundings: a moved finding keeps its fingerprint, a twin gets another', () => {
    const log = (line: number) => toSarif([{ path: 'a.md', findings: [finding('61%', line, 'warning'), finding('61%', line + 5, 'warning')], contexts: ['Roughly 61% of CIOs', 'Roughly 61% of CIOs'] }], tool);
    const prints = (l: ReturnType<typeof log>) => l.runs[0].results!.map((r) => r.partialFingerprints!['statlensFigure/v1']);
    assert.deepEqual(prints(log(3)), prints(log(40)));
    assert.notEqual(prints(log(3))[0], prints(log(3))[1]);
  });

  it('encodes relative paths against %SRCROOT% and gives absolute ones as file URIs', () => {
    const locate = (path: string, absolute?: boolean) => toSarif([{ path, absolute, findings: [finding('61%', 0, 'warning')], contexts: ['x'] }], tool).runs[0].results![0].locations![0].physicalLocation!.artifactLocation;
    assert.deepEqual(locate('my notes/a#1.md'), { uri: 'my%20notes/a%231.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(locate('/tmp/x y/a.md', true), { uri: 'file:///tmp/x%20y/a.md' });
  });
});

describe('CLI output in chunks', () => {
  it('writes exactly what JSON.stringify would, the large array one element at a time', () => {
    const files = [{ path: 'a.md', findings: [{ text: '73%', nested: { deep: [1, 2] } }] }, { path: 'b.md', findings: [] }];
    const none: unknown[] = [];
    const cases: Array<[unknown, unknown[]]> = [
      [{ version: 1, files }, files],
      [{ version: 1, files: none }, none],
      [{ runs: [{ tool: {}, results: files, after: true }] }, files],
    ];
    for (const [value, items] of cases) {
      const chunks = [...jsonChunks(value, items)];
      assert.equal(chunks.join(''), JSON.stringify(value, null, 2) + '\n');
      if (items.length) assert.ok(chunks.length >= items.length, 'one chunk per element at least');
    }
  });
});
