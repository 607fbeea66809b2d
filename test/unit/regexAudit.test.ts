import * as assert from 'node:assert/strict';
import { leadingRepeat, nestedQuantifiers, regexesIn, typeScriptFiles } from '../support/regexAudit';
import { repoPath } from '../support/paths';

describe('regular expressions in src/', () => {
  it('the audit recognises nested quantifiers and leading repeats, and only them', () => {
    for (const bad of ['(a+)+', '(\\d+,?)*', '(?:x*y)+', '((a)+)*', '(?:[a-z]+\\s?){2,}', '^(\\w+\\s*)*$']) assert.notDeepEqual(nestedQuantifiers(bad), [], bad);
    for (const good of ['(?:[,–-] ?\\d{1,3})*', '\\d+(?:\\.\\d+)?', '(a|b)+', '[(+*)]+', '\\(+\\)*', '(?:ab){1,3}', '(?<![\\p{L}])(19\\d\\d)(?![\\p{N}%])', '(a+)?']) {
      assert.deepEqual(nestedQuantifiers(good), [], good);
    }
    for (const bad of ['[\\r\\n\\s]*$', '\\s+$', '[a-z]+\\d']) assert.ok(leadingRepeat(bad), bad);
    for (const good of ['^\\s+$', '\\s+', ',\\s*$', '[\\p{L}\\p{N}]+', '(?:a|b)+c', '[\\]]x+$']) assert.ok(!leadingRepeat(good), good);
  });

  it('have no nested unbounded quantifiers (catastrophic backtracking on a long note)', () => {
    const found = typeScriptFiles(repoPath('src')).flatMap(regexesIn);
    assert.ok(found.length > 20, `only ${found.length} regular expressions found: is the scan broken?`);
    const where = (r: { file: string; line: number; pattern: string }) => `${r.file.slice(repoPath('').length)}:${r.line}: /${r.pattern}/`;
    const bad = found.flatMap((r) => nestedQuantifiers(r.pattern).map((g) => `${where(r)} repeats ${g}`));
    assert.deepEqual(bad, []);
  });

  it('never start a search with a repeat that can fail after it (quadratic over a long run)', () => {
    const found = typeScriptFiles(repoPath('src')).flatMap(regexesIn);
    assert.deepEqual(found.filter((r) => leadingRepeat(r.pattern)).map((r) => `${r.file.slice(repoPath('').length)}:${r.line}: /${r.pattern}/`), []);
  });
});
