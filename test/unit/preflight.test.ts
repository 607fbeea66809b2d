import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeMissing, installPreflight } from '../harness/preflight.mjs';
import { repoPath } from '../support/paths';

// Issue 14, item 4: before code-server's first install, say in one line what the machine
// lacks; hand node-gyp the headers Node's prefix has, so it never downloads them.

/** A machine made of these files: everything else is absent. */
function machine(files: string[]): (file: string) => boolean {
  const present = new Set(files);
  return (file) => present.has(file);
}
const HEADERS = (prefix: string) => ['node.h', 'common.gypi', 'config.gypi'].map((f) => `${prefix}/include/node/${f}`);
const TOOLS = ['/usr/bin/cc', '/usr/bin/c++', '/usr/bin/make', '/usr/bin/python3', '/usr/bin/pkg-config', '/usr/bin/rg', '/usr/include/gssapi/gssapi.h'];
const NODE = { execPaths: ['/opt/node-20/bin/node'], configuredNodedir: '' };
const env = { PATH: '/usr/local/bin:/usr/bin' };

describe('the first-run check before installing code-server', () => {
  it('finds nothing missing on a full machine, and uses the headers under Node\'s prefix', () => {
    const result = installPreflight({ ...NODE, env, exists: machine([...TOOLS, ...HEADERS('/opt/node-20')]) });
    assert.deepEqual(result, { missing: [], nodedir: '/opt/node-20' });
  });

  it('names the compiler, make and Python with their Debian packages, in one line', () => {
    const exists = machine(['/usr/bin/pkg-config', '/usr/bin/rg', '/usr/include/gssapi/gssapi.h', ...HEADERS('/opt/node-20')]);
    const { missing, nodedir } = installPreflight({ ...NODE, env, exists });
    assert.deepEqual(missing.map((m) => m.what), ['a C compiler (cc)', 'a C++ compiler (c++)', 'make', 'Python 3']);
    assert.equal(nodedir, '/opt/node-20');
    assert.equal(
      describeMissing(missing, { root: true }),
      'installing code-server (first run only) needs a C compiler (cc), a C++ compiler (c++), make, Python 3; to get them: apt-get install build-essential python3',
    );
    assert.match(describeMissing(missing, { root: false }), /; to get them: sudo apt-get install build-essential python3$/);
  });

  it('looks for tools on PATH only, and honours CC, CXX and PYTHON', () => {
    const exists = machine([...TOOLS.map((t) => t.replace('/usr/bin/', '/opt/tc/')), '/usr/bin/rg', '/usr/include/gssapi/gssapi.h', ...HEADERS('/opt/node-20')]);
    assert.equal(installPreflight({ ...NODE, env, exists }).missing.length, 5, 'nothing in /opt/tc is on PATH');
    assert.deepEqual(installPreflight({ ...NODE, env: { PATH: '/usr/bin:/opt/tc' }, exists }).missing, []);
    const named = { PATH: '/usr/bin', CC: '/opt/tc/cc -m64', CXX: '/opt/tc/c++', PYTHON: '/opt/tc/python3' };
    assert.deepEqual(installPreflight({ ...NODE, env: named, exists }).missing.map((m) => m.what), ['make', 'pkg-config']);
  });

  it('without headers under Node\'s prefix (as run or with links resolved), says so and how to get them', () => {
    const exists = machine([...TOOLS, '/opt/node-20/include/node/node.h', '/opt/node-20/include/node/common.gypi']);
    const { missing, nodedir } = installPreflight({ env, exists, execPaths: ['/usr/local/bin/node', '/opt/node-20/bin/node'], configuredNodedir: '' });
    assert.equal(nodedir, undefined);
    assert.equal(missing.length, 1);
    const line = describeMissing(missing, { root: true });
    assert.match(line, /needs Node's headers under its prefix \/usr\/local or \/opt\/node-20 \(include\/node\/node\.h, common\.gypi, config\.gypi\); to get them: install a Node 20 that ships them/);
    assert.doesNotMatch(line, /\n/);
    // The resolved link's prefix has them: that one is used.
    assert.equal(installPreflight({ env, exists: machine([...TOOLS, ...HEADERS('/opt/node-20')]), execPaths: ['/usr/local/bin/node', '/opt/node-20/bin/node'], configuredNodedir: '' }).nodedir, '/opt/node-20');
  });

  it('keeps a nodedir npm is configured with, when it has the headers', () => {
    const exists = machine([...TOOLS, ...HEADERS('/usr'), ...HEADERS('/opt/node-20')]);
    assert.equal(installPreflight({ env, exists, execPaths: NODE.execPaths, configuredNodedir: '/usr' }).nodedir, '/usr');
    const wrong = installPreflight({ env, exists, execPaths: NODE.execPaths, configuredNodedir: '/srv/none' });
    assert.deepEqual(wrong.missing.map((m) => m.what), ["Node's headers in npm's nodedir /srv/none (include/node/node.h, common.gypi, config.gypi)"]);
  });

  it('`npm run demo` with no compiler on PATH stops at once with that line, before installing anything', function () {
    this.timeout(30_000);
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-preflight-'));
    try {
      // Only node on PATH, in a folder of its own; a cache where code-server is not installed.
      fs.mkdirSync(path.join(cache, 'bin'));
      fs.symlinkSync(process.execPath, path.join(cache, 'bin', 'node'));
      const r = spawnSync(process.execPath, [repoPath('test/harness/demo.mjs'), '--port', '1'], {
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, PATH: path.join(cache, 'bin'), XDG_CACHE_HOME: path.join(cache, 'cache'), STATLENS_CODE_SERVER_DIR: undefined, npm_config_nodedir: undefined, PORT: undefined },
      });
      assert.equal(r.status, 2, r.stderr);
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^statlens demo: installing code-server \(first run only\) needs a C compiler \(cc\), a C\+\+ compiler \(c\+\+\), make, Python 3, pkg-config.*; to get them: (sudo )?apt-get install build-essential python3 pkg-config/);
      assert.equal(fs.existsSync(path.join(cache, 'cache', 'statlens')), false, 'nothing installed');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
