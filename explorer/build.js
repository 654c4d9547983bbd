// @ts-check
/**
 * Builds the browser front end with esbuild: the explorer (explorer/src/main.ts -> dist/explore/)
 * and the offline GraphQL IDE (explorer/ide/ide.tsx -> dist/graphql-ide/, with the example
 * operations of schema/examples/ as examples.json). Every asset lands in explorer/dist/, which the
 * API serves (src/explorer/serve-explorer.ts, src/plugins/graphql-ide.ts): no CDN, works offline.
 *
 * Run by `npm run build:explorer` (after codegen) and by the browser tests before they start.
 */
const { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(__dirname, 'dist');

/** Options both bundles share: minified IIFE for current browsers, no eval, linked source maps. */
const COMMON = {
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: /** @type {const} */ ('iife'),
  target: ['chrome115', 'firefox115', 'safari16'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  legalComments: /** @type {const} */ ('linked'),
  metafile: true,
  absWorkingDir: ROOT,
  logLevel: /** @type {const} */ ('warning'),
};

/** The example operations of schema/examples/, by file name, for the IDE's Examples pane. */
function readExamples() {
  const dir = path.join(ROOT, 'schema/examples');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: file.replace(/\.graphql$/, ''), query: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * Builds both bundles into explorer/dist/ and returns the size in bytes of every file written.
 * @returns {Promise<Record<string, number>>}
 */
async function buildFrontEnd() {
  rmSync(DIST, { recursive: true, force: true });
  const explore = path.join(DIST, 'explore');
  const ide = path.join(DIST, 'graphql-ide');
  mkdirSync(explore, { recursive: true });
  mkdirSync(ide, { recursive: true });
  const [explorerResult, ideResult] = await Promise.all([
    esbuild.build({ ...COMMON, entryPoints: { explorer: path.join(__dirname, 'src/main.ts') }, outdir: explore }),
    esbuild.build({ ...COMMON, entryPoints: { ide: path.join(__dirname, 'ide/ide.tsx') }, outdir: ide }),
  ]);
  copyFileSync(path.join(__dirname, 'src/index.html'), path.join(explore, 'index.html'));
  copyFileSync(path.join(__dirname, 'ide/index.html'), path.join(ide, 'index.html'));
  writeFileSync(path.join(ide, 'examples.json'), JSON.stringify(readExamples()));
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const result of [explorerResult, ideResult]) {
    for (const [file, { bytes }] of Object.entries(result.metafile?.outputs ?? {})) {
      sizes[path.relative(DIST, path.resolve(ROOT, file))] = bytes;
    }
  }
  return sizes;
}

module.exports = { buildFrontEnd, DIST };

if (require.main === module) {
  buildFrontEnd().then(
    (sizes) => {
      for (const [file, bytes] of Object.entries(sizes)) {
        if (!file.endsWith('.map')) process.stdout.write(`${file.padEnd(36)} ${(bytes / 1024).toFixed(1)} KiB\n`);
      }
    },
    (error) => {
      process.stderr.write(`front-end build failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}
