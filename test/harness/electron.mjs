#!/usr/bin/env node
// The same in-host suite as test/harness/integration.mjs, under @vscode/test-electron,
// for machines that can download VS Code (these cannot: see README, Tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-electron-'));
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.STATLENS_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [path.join(workspace, 'statlens.code-workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`test:electron: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
