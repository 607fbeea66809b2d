import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The in-host test runner: VS Code (code-server here, @vscode/test-electron
 * elsewhere) loads this file in the extension host and calls run().
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // STATLENS_TEST_FILES=sources,hover runs only the files whose names contain one of those words (for a quick run by hand).
  const only = process.env.STATLENS_TEST_FILES?.split(',').filter(Boolean);
  const chosen = (file: string) => !only?.length || only.some((word) => file.includes(word));
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && chosen(f)).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
