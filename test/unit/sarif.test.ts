import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Validator } from '@cfworker/json-schema';
import type * as Sarif from 'sarif';
import { CITED, CLI, CONFLICTING, runCli, SUPPORTED, UNSUPPORTED, workspace } from '../support/cli';
import { repoPath } from '../support/paths';

const schema = JSON.parse(fs.readFileSync(repoPath('test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8'));
const CODES = ['statlens.unsupported', 'statlens.conflicting', 'statlens.cited', 'statlens.supported'];

/** GitHub's anchor for a README heading: lower case, punctuation other than "-" and "_" dropped, spaces as "-". */
function readmeAnchors(): Set<string> {
  const readme = fs.readFileSync(repoPath('README.md'), 'utf8');
  return new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')));
}

/** The text a SARIF region covers, counting columns in UTF-16 code units as the log declares. */
function regionText(text: string, region: Sarif.Region): string {
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(region.startLine, region.endLine, 'figures in these notes sit on one line');
  return lines[region.startLine! - 1].slice(region.startColumn! - 1, region.endColumn! - 1);
}

describe('statlens check --format sarif', function () {
  this.timeout(30_000);
  let dir: string;
  let log: Sarif.Log;
  let code: number | null;
  const notes: Record<string, string> = {
    'a.md': SUPPORTED + '\n' + UNSUPPORTED + '\n' + CITED,
    'notes/with space.md': '# Notes 🚀\n\nThe 🚀 team says: ' + CONFLICTING + '\n' + UNSUPPORTED,
  };

  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
    dir = workspace(notes);
    const r = runCli(['check', '--format', 'sarif', '.'], dir);
    code = r.code;
    assert.equal(r.stderr, '');
    log = JSON.parse(r.stdout);
  });

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const validator = new Validator(schema, '4', false);
    assert.deepEqual(validator.validate(log).errors.slice(0, 3), []);
    assert.equal(log.version, '2.1.0');
    // The schema does reject what GitHub would: a 0-based line, an unknown level.
    const broken = structuredClone(log);
    broken.runs[0].results![0].locations![0].physicalLocation!.region!.startLine = 0;
    assert.equal(validator.validate(broken).valid, false);
    const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    badLevel.runs[0].results[0].level = 'warn';
    assert.equal(validator.validate(badLevel).valid, false);
  });

  it('exits as the text format does: 1 when a finding warns', () => {
    assert.equal(code, 1);
  });

  it('names the tool from package.json', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'StatLens');
    assert.equal(driver.version, pkg.version);
    assert.equal(driver.informationUri, pkg.repository.url);
  });

  it('has one rule per diagnostic code, with descriptions, help and a help URI on the README section for the code', () => {
    const rules = log.runs[0].tool.driver.rules!;
    assert.deepEqual(rules.map((r) => r.id), CODES);
    const anchors = readmeAnchors();
    for (const rule of rules) {
      assert.ok(rule.shortDescription?.text, rule.id);
      assert.ok(rule.fullDescription?.text, rule.id);
      assert.ok(rule.help?.text && rule.help.markdown, rule.id);
      const [base, anchor] = rule.helpUri!.split('#');
      assert.equal(base, pkg.repository.url);
      assert.ok(anchors.has(anchor), `README has a heading for #${anchor}`);
    }
  });

  it('reports what the text format reports: every finding with a severity, none of the supported ones', () => {
    const json = JSON.parse(runCli(['check', '--format', 'json', '.'], dir).stdout);
    const expected = json.files.flatMap((f: { path: string; findings: { severity: string; code: string; text: string }[] }) =>
      f.findings.filter((x) => x.severity !== 'none').map((x) => `${f.path} ${x.code} ${x.text}`));
    const results = log.runs[0].results!;
    const got = results.map((r) => `${decodeURIComponent(r.locations![0].physicalLocation!.artifactLocation!.uri!)} ${r.ruleId} ${regionText(notes[decodeURIComponent(r.locations![0].physicalLocation!.artifactLocation!.uri!)], r.locations![0].physicalLocation!.region!)}`);
    assert.deepEqual(got, expected);
    assert.ok(!results.some((r) => r.ruleId === 'statlens.supported'));
    assert.deepEqual(results.map((r) => r.level), ['warning', 'note', 'warning', 'warning']);
  });

  it('meets what GitHub code scanning requires of each result', () => {
    const rules = log.runs[0].tool.driver.rules!.map((r) => r.id);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.equal(log.runs[0].originalUriBaseIds!['%SRCROOT%'].uri, pathToFileURL(fs.realpathSync(dir) + '/').href);
    for (const r of log.runs[0].results!) {
      assert.ok(r.ruleId && rules[r.ruleIndex!] === r.ruleId, 'ruleId present and matching ruleIndex');
      assert.ok(r.message.text);
      const location = r.locations![0].physicalLocation!;
      assert.equal(location.artifactLocation!.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(location.artifactLocation!.uri!, /^([a-z]+:|\/)/i, 'relative URI');
      assert.ok(fs.existsSync(path.join(dir, decodeURIComponent(location.artifactLocation!.uri!))));
      const region = location.region!;
      for (const n of [region.startLine, region.startColumn, region.endLine, region.endColumn]) assert.ok(Number.isInteger(n) && n! >= 1, '1-based');
      assert.ok(r.partialFingerprints!['statlensFigure/v1']);
    }
    const prints = log.runs[0].results!.map((r) => r.partialFingerprints!['statlensFigure/v1']);
    assert.equal(new Set(prints).size, prints.length, 'fingerprints are unique');
  });

  it('counts columns in UTF-16 code units: an emoji before a figure shifts it by two', () => {
    const conflicting = log.runs[0].results!.find((r) => r.ruleId === 'statlens.conflicting')!;
    const region = conflicting.locations![0].physicalLocation!.region!;
    assert.equal(region.startColumn, 'The 🚀 team says: In 2024, Hugging Face reported '.length + 1);
    assert.equal(regionText(notes['notes/with space.md'], region), '5.2 million');
  });

  it('keeps fingerprints when lines are added above a figure, and changes one when its sentence changes', () => {
    const edited = workspace({ ...notes, 'a.md': '# A new heading\n\nA new paragraph.\n\n' + notes['a.md'].replace('Roughly 61%', 'Nearly 61%') });
    const after: Sarif.Log = JSON.parse(runCli(['check', '--format', 'sarif', '.'], edited).stdout);
    const prints = (l: Sarif.Log) => new Set(l.runs[0].results!.map((r) => `${r.locations![0].physicalLocation!.artifactLocation!.uri} ${r.partialFingerprints!['statlensFigure/v1']}`));
    const before = prints(log);
    const now = prints(after);
    assert.equal([...now].filter((p) => before.has(p)).length, 3, 'the cited figure and the other note keep theirs');
    assert.equal([...now].filter((p) => !before.has(p)).length, 1, 'the edited sentence\'s figure gets a new one');
  });

  it('lists notes that could not be checked as tool notifications, still valid SARIF', () => {
    const r = runCli(['check', '--format', 'sarif', 'a.md', 'missing.md'], dir);
    assert.equal(r.code, 2);
    const withProblems: Sarif.Log = JSON.parse(r.stdout);
    assert.deepEqual(new Validator(schema, '4', false).validate(withProblems).errors.slice(0, 3), []);
    const invocation = withProblems.runs[0].invocations![0];
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text]), [['error', 'missing.md: no such file or directory']]);
    assert.equal(withProblems.runs[0].results!.length, 2, 'a.md is still reported');
  });
});
