// Builds every bundle of StatLens. `node esbuild.js [--production] [--watch] [--only=cli,node,web,tests]`
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const only = (args.find((a) => a.startsWith('--only=')) ?? '').slice('--only='.length).split(',').filter(Boolean);

/**
 * JSON Schemas are bundled to validate data; their descriptions are for people editing
 * in VS Code, which reads the schema file itself, so bundles leave them out.
 */
const schemaWithoutProse = {
  name: 'schema-without-prose',
  setup(build) {
    build.onLoad({ filter: /\.schema\.json$/ }, async (args) => {
      const schema = JSON.parse(await fs.promises.readFile(args.path, 'utf8'));
      const strip = (key, value) => (['description', 'markdownDescription', 'title', 'examples', '$comment'].includes(key) && typeof value !== 'object' ? undefined : value);
      return { contents: JSON.stringify(JSON.parse(JSON.stringify(schema), strip)), loader: 'json' };
    });
  },
};

/** What the CLI reports about itself (`--version`, SARIF's tool.driver), from package.json. */
const pkg = require('./package.json');
const about = {
  STATLENS_VERSION: JSON.stringify(pkg.version),
  STATLENS_REPOSITORY: JSON.stringify(pkg.repository?.url ?? ''),
};

// ESM dependencies (tinyglobby) call createRequire(import.meta.url), which a CommonJS bundle lacks.
const importMetaUrl = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

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
  // markdown-it's HTML entity table, linkifier and URL normaliser are a third of the
  // bundle, and a checker that never renders needs none of them (the shims say what
  // they keep).
  alias: {
    entities: './src/core/markdown/shims/entities.ts',
    'linkify-it': './src/core/markdown/shims/linkify.ts',
    mdurl: './src/core/markdown/shims/urls.ts',
    'punycode.js': './src/core/markdown/shims/urls.ts',
  },
  plugins: [schemaWithoutProse],
};

/**
 * The desktop extension loads the dataset and config validators from their own file
 * (dist/validators.js) on first use; other builds resolve "statlens-validators" through
 * tsconfig's paths and include them.
 */
const validatorsApart = {
  name: 'validators-apart',
  setup(build) {
    build.onResolve({ filter: /^statlens-validators$/ }, () => ({ path: './validators.js', external: true }));
  },
};

/** The desktop entry (dist/entry.js) loads the extension from its own file after activation. */
const extensionApart = {
  name: 'extension-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/extension\.js$/ }, () => ({ path: './extension.js', external: true }));
  },
};

/** The CLI loads its HTML reader (Readability, linkedom) from dist/html.js, only when it reads an HTML source. */
const htmlApart = {
  name: 'html-apart',
  setup(build) {
    build.onResolve({ filter: /^statlens-html$/ }, () => ({ path: './html.js', external: true }));
  },
};

/** The web extension reads sources with readers.web.ts: no Node, no PDF, HTML fetched from dist/web/html.js. */
const webReaders = {
  name: 'web-readers',
  setup(build) {
    build.onResolve({ filter: /^statlens-source-readers$/ }, () => ({ path: path.resolve('src/extension/sources/readers.web.ts') }));
  },
};

/** Tests load the built HTML reader: its HTML parser needs the entity tables the other bundles shim away. */
const htmlFromDist = {
  name: 'html-from-dist',
  setup(build) {
    build.onResolve({ filter: /^statlens-html$/ }, () => ({ path: path.resolve('dist/html.js'), external: true }));
  },
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
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` },
    define: { 'import.meta.url': '__importMetaUrl', ...about },
    minify: true,
    plugins: [...common.plugins, htmlApart],
  },
  html: {
    ...common,
    entryPoints: ['src/cli/html/entry.ts'],
    outfile: 'dist/html.js',
    platform: 'node',
    format: 'cjs',
    minify: true,
    // htmlparser2 (under linkedom) decodes entities with the real "entities" package.
    alias: {},
  },
  node: {
    ...common,
    // dist/entry.js is what VS Code activates; it loads dist/extension.js (node.ts) just after.
    entryPoints: { entry: 'src/extension/entry.ts', extension: 'src/extension/node.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    // Config sources that are HTML pages are read with the CLI's own reader, dist/html.js.
    plugins: [...common.plugins, validatorsApart, htmlApart, extensionApart],
  },
  validators: {
    ...common,
    entryPoints: ['src/extension/validators/entry.ts'],
    outfile: 'dist/validators.js',
    platform: 'node',
    format: 'cjs',
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
    plugins: [...common.plugins, webReaders],
  },
  webHtml: {
    ...common,
    // The HTML reader for the web extension: fetched and evaluated on the first HTML source.
    entryPoints: ['src/cli/html/entry.ts'],
    outfile: 'dist/web/html.js',
    platform: 'browser',
    format: 'cjs',
    minify: true,
    alias: {},
  },
  tests: {
    ...common,
    entryPoints: [...testEntries('test/unit'), ...testEntries('test/integration')],
    outdir: 'out/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha', 'fast-check', 'esbuild', 'typescript'],
    // Tests import the CLI's modules too.
    banner: { js: importMetaUrl },
    plugins: [...common.plugins, htmlFromDist],
    define: { 'import.meta.url': '__importMetaUrl', ...about },
  },
  bench: {
    ...common,
    entryPoints: ['test/bench/bench.ts'],
    outfile: 'out/bench/bench.mjs',
    platform: 'node',
    format: 'esm',
    // markdownlint is ESM-only and is measured as published.
    external: ['markdownlint', 'markdownlint/*'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  },
  benchHost: {
    ...common,
    // Suites the benchmark runs in a real VS Code's extension host.
    entryPoints: ['test/bench/activation.ts', 'test/bench/indexHost.ts'],
    outdir: 'out/bench',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
};

/**
 * pdfjs-dist 4.9's legacy build (the last that runs on Node 20), copied beside the
 * desktop extension and the CLI as dist/pdfjs/: src/cli/pdf.ts imports it from there on
 * the first PDF source, so the installed .vsix (which has no node_modules) reads PDFs.
 * Its own minified files, not a bundle: they are ESM, import their worker by the
 * relative name "./pdf.worker.mjs", and stay out of the main bundle.
 */
function copyPdfjs() {
  const from = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'legacy/build');
  fs.mkdirSync('dist/pdfjs', { recursive: true });
  fs.copyFileSync(path.join(from, 'pdf.min.mjs'), 'dist/pdfjs/pdf.mjs');
  fs.copyFileSync(path.join(from, 'pdf.worker.min.mjs'), 'dist/pdfjs/pdf.worker.mjs');
  fs.copyFileSync(path.join(from, '../../LICENSE'), 'dist/pdfjs/LICENSE');
}

async function main() {
  const names = only.length ? only : Object.keys(builds).filter((name) => !name.startsWith('bench'));
  const contexts = [];
  for (const name of names) {
    const options = builds[name];
    if (!options) throw new Error(`unknown build "${name}"`);
    if (!Object.values(options.entryPoints).every((e) => fs.existsSync(e))) continue;
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
      contexts.push(ctx);
    } else {
      await esbuild.build(options);
    }
  }
  if (names.includes('node') || names.includes('cli')) copyPdfjs();
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  if (watch) console.log('[watch] build finished, watching for changes…');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
