import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Folders made by this test file, removed once the run is over. */
const made: string[] = [];

// A root-level hook: it runs after every test of the run, so a folder made in a
// `before` and shared by several tests lives as long as they need it.
if (typeof after === 'function') {
  after(function removeTempDirs() {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
}

/** A new empty folder in the system's temporary directory, named `prefix…`, removed after the tests. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
