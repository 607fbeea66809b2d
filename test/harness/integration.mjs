#!/usr/bin/env node
// Runs the in-host integration suites in a real VS Code (code-server), each on a
// fresh copy of its fixture workspace, so tests may edit files:
//  - out/test/integration on test/fixtures/workspace (workspace trust off, as most people run);
//  - out/test/integration/untrusted on test/fixtures/untrusted/notes with workspace
//    trust on and the folder untrusted (Restricted Mode).
// Extra arguments go to run-integration.mjs. Exits non-zero if either suite fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suites = [
  { name: 'trusted', tests: 'out/test/integration/index.js', fixture: 'test/fixtures/workspace', open: 'statlens.code-workspace', args: [] },
  { name: 'untrusted', tests: 'out/test/integration/untrusted/index.js', fixture: 'test/fixtures/untrusted', open: 'notes', args: ['--untrusted'] },
];
if (!suites.every((s) => fs.existsSync(path.join(root, s.tests))) || !fs.existsSync(path.join(root, 'dist/extension.js'))) {
  console.error('integration: build first (npm run build && node esbuild.js --only=tests)');
  process.exit(2);
}
let status = 0;
for (const suite of suites) {
  console.log(`\nintegration: ${suite.name} workspace`);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `statlens-workspace-${suite.name}-`));
  fs.cpSync(path.join(root, suite.fixture), workspace, { recursive: true });
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'test/harness/run-integration.mjs'), '--extension', root, '--tests', path.join(root, suite.tests), '--workspace', path.join(workspace, suite.open), ...suite.args, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  fs.rmSync(workspace, { recursive: true, force: true });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
