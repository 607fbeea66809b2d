import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI } from '../support/cli';
import { repoPath } from '../support/paths';
import { tempDir } from '../support/tempDirs';

describe('tests clean up after themselves', function () {
  this.timeout(120_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });

  it('a mocha run removes the workspaces its tests made in the temporary directory', () => {
    // A real test that makes a workspace, run by mocha with its own temporary directory.
    const tmp = tempDir('statlens-tmp-');
    const mocha = repoPath('node_modules/mocha/bin/mocha.js');
    const spec = repoPath('out/test/unit/baselineTarget.test.js');
    const r = spawnSync(process.execPath, [mocha, '--no-package', '--timeout', '60000', '--grep', 'refuses a folder', spec], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 passing/);
    assert.deepEqual(fs.readdirSync(tmp).filter((name) => name.startsWith('statlens-')), [], `left in ${path.basename(tmp)}`);
  });
});
