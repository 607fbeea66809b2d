import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoPath } from '../support/paths';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the core is pure (src/core imports neither vscode nor node:*)', () => {
  const builtins = new Set(builtinModules);

  for (const file of sources(repoPath('src/core'))) {
    it(path.relative(repoPath('src'), file), () => {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3];
        assert.notEqual(spec, 'vscode', `${file} imports vscode`);
        assert.ok(!spec.startsWith('node:') && !builtins.has(spec.split('/')[0]), `${file} imports the Node module "${spec}"`);
      }
    });
  }

  it('bundles for the browser with no Node built-in, dependencies included', async () => {
    const result = await esbuild.build({
      entryPoints: [repoPath('src/core/check.ts'), repoPath('src/core/dataset/validate.ts'), repoPath('src/core/fixes/index.ts'), repoPath('src/core/hover/hover.ts'), repoPath('src/core/config/parse.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      outdir: 'out/purity',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
  });
});
