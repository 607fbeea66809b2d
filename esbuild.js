// Builds every bundle of StatLens. `node esbuild.js [--production] [--watch] [--only=cli,node,web,tests]`
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length).split(',').filter(Boolean);

/** The bundled dataset ships its article as text. */
const loader = { '.txt': 'text' };

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  loader,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose dynamic requires a bundle cannot follow.
  mainFields: ['module', 'main'],
};

/** Every `*.test.ts` under a folder, as esbuild entry points. */
function testEntries(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

const builds = {
  cli: {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // ESM dependencies (tinyglobby) call createRequire(import.meta.url), which a CommonJS bundle lacks.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    minify: true,
  },
  node: {
    ...common,
    entryPoints: ['src/extension/node.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
  },
  web: {
    ...common,
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    // @cfworker/json-schema builds a base URI from self.location when it loads; in VS
    // Code's web worker extension host that location is a blob: URL and new URL()
    // throws, so activation failed. Our schemas only use local "#/definitions" refs.
    define: { 'self.location': 'undefined' },
  },
  tests: {
    ...common,
    entryPoints: [...testEntries('test/unit'), ...testEntries('test/integration')],
    outdir: 'out/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha', 'fast-check', 'esbuild', 'typescript'],
  },
};

async function main() {
  const names = only.length ? only : Object.keys(builds);
  const contexts = [];
  for (const name of names) {
    const options = builds[name];
    if (!options) throw new Error(`unknown build "${name}"`);
    if (!options.entryPoints.every((e) => fs.existsSync(e))) continue;
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
      contexts.push(ctx);
    } else {
      await esbuild.build(options);
    }
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  if (watch) console.log('[watch] build finished, watching for changes…');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
