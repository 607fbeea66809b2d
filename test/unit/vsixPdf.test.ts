import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pdfjsLocation, pdfSource } from '../../src/cli/pdf';
import { makePdf } from '../support/pdf';
import { ROOT, repoPath } from '../support/paths';
import { tempDir } from '../support/tempDirs';

/** The files `vsce` would put in the .vsix, as `vsce ls` lists them (after the build `npm run test:unit` makes). */
function vsixFiles(): string[] {
  const vsce = repoPath('node_modules/@vscode/vsce/vsce');
  return execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe('the .vsix reads PDF sources', function () {
  this.timeout(60_000);
  let files: string[];
  before(() => {
    files = vsixFiles();
  });

  it('ships pdfjs-dist\'s legacy build and its worker beside the extension bundle', () => {
    for (const needed of ['dist/extension.js', 'dist/pdfjs/pdf.mjs', 'dist/pdfjs/pdf.worker.mjs', 'dist/pdfjs/LICENSE']) {
      assert.ok(files.includes(needed), `the .vsix holds ${needed}: ${files.join(', ')}`);
    }
  });

  it('reads a PDF with nothing but the packaged files (no node_modules)', async () => {
    // The packaged files, copied as an installed extension has them, where no node_modules can be reached.
    const installed = tempDir('statlens-vsix-');
    for (const file of files.filter((f) => f.startsWith('dist/'))) {
      fs.mkdirSync(path.dirname(path.join(installed, file)), { recursive: true });
      fs.copyFileSync(repoPath(file), path.join(installed, file));
    }
    // Where the extension's bundle (dist/extension.js) looks: the copy beside it.
    const at = pdfjsLocation(path.join(installed, 'dist'));
    assert.equal(at, path.join(installed, 'dist/pdfjs/pdf.mjs'));
    const doc = await pdfSource(makePdf([['Platform report', '', 'In 2026, 41% of platform teams ran an open model in production.']], { title: 'Platform report' }), at);
    assert.notEqual(typeof doc, 'string', String(doc));
    assert.ok(typeof doc !== 'string' && doc.blocks.some((b) => b.text.includes('41% of platform teams') && b.page === 1), JSON.stringify(doc));
  });
});
