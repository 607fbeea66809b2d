import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult, Finding } from '../../src/core/check';
import { parseConfig } from '../../src/core/config/parse';
import { parseDataset } from '../../src/core/dataset/validate';
import type { Dataset } from '../../src/core/dataset/types';
import { applyEdits, fixAllConflicting, fixesFor } from '../../src/core/fixes';
import { checker } from '../support/checker';
import { repoPath } from '../support/paths';

// The sample notebook that `npm run demo` opens and the README walks through. It must
// keep showing every status and every quick fix as the checker evolves, and for the
// reasons its prose gives, not by accident.
const EXAMPLES = repoPath('media/examples');

interface Note {
  name: string;
  text: string;
  result: CheckResult;
}

/** The datasets the notebook's .statlens.json names (the editor and the CLI both read it). */
function userDatasets(): Dataset[] {
  const { config, problems } = parseConfig('.statlens.json', fs.readFileSync(path.join(EXAMPLES, '.statlens.json'), 'utf8'));
  assert.deepEqual(problems, []);
  const files = config!.datasets;
  assert.ok(files.length > 0, 'the notebook names its own dataset');
  return files.map((file) => {
    const { dataset, issues } = parseDataset(file, fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
    assert.deepEqual(issues, [], `${file} is a valid dataset`);
    return dataset!;
  });
}

describe('the sample notebook (media/examples)', () => {
  const datasets = userDatasets();
  const userIds = new Set(datasets.flatMap((d) => d.records.map((r) => r.id)));
  const notes: Note[] = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md'))
    .map((name) => {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      return { name, text, result: checker(datasets).check(text) };
    });
  const all = notes.flatMap((n) => n.result.findings.map((finding) => ({ note: n, finding })));
  const live = all.filter(({ finding }) => !finding.suppressed);
  const titles = (note: Note, finding: Finding) => fixesFor(finding, note.text, note.result).map((f) => f.title);

  it('holds a few notes, each with figures', () => {
    assert.ok(notes.length >= 3 && notes.length <= 5, `3-5 notes: ${notes.map((n) => n.name)}`);
    for (const n of notes) assert.ok(n.result.findings.length > 0, `${n.name} has figures`);
  });

  it('shows every status', () => {
    for (const status of ['supported', 'conflicting', 'cited', 'unsupported'] as const) {
      assert.ok(live.some(({ finding }) => finding.status === status), `an unsuppressed ${status} figure`);
    }
  });

  it('shows a figure conflicting by value and one conflicting by year', () => {
    const conflicts = live.filter(({ finding }) => finding.status === 'conflicting').map(({ finding }) => finding.conflict);
    assert.ok(conflicts.includes('value') && conflicts.includes('year'), `conflicts: ${conflicts}`);
  });

  it('supports some figures from its own dataset, which the bundled data alone leaves unsupported', () => {
    const fromUser = live.filter(({ finding }) => finding.record && userIds.has(finding.record.id));
    assert.ok(fromUser.length > 0, 'a figure supported by the user dataset');
    for (const { note, finding } of fromUser) {
      const alone = checker().check(note.text).findings.find((f) => f.start === finding.start)!;
      assert.equal(alone.status, 'unsupported', `${finding.text} in ${note.name} without the user dataset`);
    }
  });

  it('offers every quick fix somewhere', () => {
    const offered = new Set(live.flatMap(({ note, finding }) => titles(note, finding).map((t) => t.replace(/ .*/, ''))));
    for (const verb of ['Replace', 'Insert', 'Ignore']) assert.ok(offered.has(verb), `a "${verb} …" fix among ${[...offered]}`);
    const scopes = live.flatMap(({ note, finding }) => titles(note, finding)).filter((t) => t.startsWith('Ignore'));
    assert.ok(scopes.some((t) => t.endsWith('on this line')) && scopes.some((t) => t.endsWith('in this file')));
  });

  it('has a note where "fix all conflicting" replaces several figures and leaves no value conflict', () => {
    const note = notes.find((n) => fixAllConflicting(n.result).length >= 2);
    assert.ok(note, 'a note with two or more replaceable conflicting figures');
    const fixed = checker(datasets).check(applyEdits(note.text, fixAllConflicting(note.result)));
    assert.deepEqual(fixed.findings.filter((f) => f.conflict === 'value').map((f) => f.text), []);
  });

  it('uses suppression comments, each of which silences a figure', () => {
    const suppressed = all.filter(({ finding }) => finding.suppressed);
    assert.ok(suppressed.length > 0, 'a suppressed figure');
    for (const n of notes.filter((x) => /<!--\s*statlens-disable/.test(x.text))) {
      assert.ok(n.result.findings.some((f) => f.suppressed), `the comment in ${n.name} suppresses something`);
    }
  });
});
