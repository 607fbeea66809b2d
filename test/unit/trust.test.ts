import * as assert from 'node:assert/strict';
import { originOf, untrustedMessage, untrustedPathProblem } from '../../src/extension/trust';

describe('workspace trust: which dataset paths an untrusted workspace may load', () => {
  it('loads paths that stay inside the workspace folder', () => {
    for (const path of ['datasets/poll.json', './poll.json', 'a/../poll.json', 'a/b/../../poll.json', 'data\\poll.json', '~/poll.json', '.hidden/poll.json', 'poll.json']) {
      assert.equal(untrustedPathProblem(path), undefined, path);
    }
  });

  it('does not load paths that lead out of it', () => {
    const cases: Record<string, RegExp> = {
      '../poll.json': /out of the workspace folder/,
      'a/../../poll.json': /out of the workspace folder/,
      'a\\..\\..\\poll.json': /out of the workspace folder/,
      '../x/../x/poll.json': /out of the workspace folder/,
      '/home/me/.ssh/id_rsa': /absolute path/,
      '\\\\server\\share\\poll.json': /absolute path/,
      'C:\\Users\\me\\poll.json': /absolute path/,
      'c:poll.json': /absolute path/,
      'file:///etc/passwd': /a URI/,
      'vscode-userdata:/User/settings.json': /a URI/,
      'https://example.org/poll.json': /a URI/,
    };
    for (const [path, why] of Object.entries(cases)) assert.match(untrustedPathProblem(path) ?? 'loaded', why, path);
  });

  it('tells user settings from the workspace\'s own', () => {
    assert.equal(originOf({ workspaceFolderValue: ['x.json'] }), 'workspace');
    assert.equal(originOf({ workspaceValue: [] }), 'workspace', 'an empty list set by the workspace is still the workspace\'s');
    assert.equal(originOf({}), 'user');
    assert.equal(originOf(undefined), 'user');
  });

  it('says what was not loaded, why, and how to load it', () => {
    const message = untrustedMessage('../outside.json', untrustedPathProblem('../outside.json')!);
    assert.match(message, /"\.\.\/outside\.json"/);
    assert.match(message, /leads out of the workspace folder/);
    assert.match(message, /trust the workspace to load it/);
  });
});
