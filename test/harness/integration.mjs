#!/usr/bin/env node
// Runs the in-host integration suite (out/test/integration) in a real VS Code
// (code-server) on a fresh copy of test/fixtures/workspace, so tests may edit files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = path.join(root, 'out/test/integration/index.js');
if (!fs.existsSync(suite) || !fs.existsSync(path.join(root, 'dist/extension.js'))) {
  console.error('integration: build first (npm run build && node esbuild.js --only=tests)');
  process.exit(2);
}
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-workspace-'));
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
const result = spawnSync(
  process.execPath,
  [path.join(root, 'test/harness/run-integration.mjs'), '--extension', root, '--tests', suite, '--workspace', path.join(workspace, 'statlens.code-workspace'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
fs.rmSync(workspace, { recursive: true, force: true });
process.exit(result.status ?? 1);
