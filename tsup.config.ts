import { defineConfig, type Options } from 'tsup';

// No source maps: the package ships dist/ without src/, and a map whose sources are missing makes
// source-map-loader warn in every app that uses it; the ESM files are unminified, one per module.
const shared = { target: 'es2022', platform: 'neutral', mainFields: ['module', 'main'], sourcemap: false } as const;

// the global (iife) files, for Apps Script and JavaScript UDF engines
const globalFile: Options = {
  format: ['iife'],
  outExtension: () => ({ js: '.global.js' }),
  minify: true,
  // written as UTF-8 (Apps Script, browsers and JavaScript engines read it so): escaping every
  // non-ASCII letter of the message catalogs as \uXXXX made the file a third larger
  esbuildOptions(options) {
    options.charset = 'utf8';
    options.mainFields = ['module', 'main'];
  },
  // ES2022 as written: the engines these files run in all have Object.hasOwn (ES2022, used
  // throughout), so they have native private fields too; lowering those to WeakMaps made every
  // Ratio six WeakMap entries and sheet functions about 20x slower
  target: 'es2022',
  platform: 'browser',
};

export default defineConfig([
  {
    // ESM, one file per source module: a bundler then keeps only the modules an app uses, and
    // decimal.js (which does not declare itself free of side effects) only where money is handled
    ...shared,
    entry: ['src/**/*.ts', '!src/cli/**', '!src/global.ts', '!src/node.ts'],
    format: ['esm'],
    bundle: false,
  },
  {
    // CommonJS, bundled, and the type declarations (each .d.ts self-contained, as Deno reads them by path)
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
  },
  {
    ...shared,
    entry: { sheets: 'src/sheets/index.ts' },
    format: ['cjs'],
    dts: true,
  },
  {
    // what Node and Deno load (the "node" export condition): one file with its dependencies inlined,
    // so a cold import reads one file instead of a hundred (tree-shaking is a bundler's concern, not
    // Node's), and results that show themselves in Jupyter notebooks (src/node.ts)
    ...shared,
    entry: { 'node/index': 'src/node.ts' },
    format: ['esm'],
    noExternal: ['decimal.js', 'zod'],
  },
  {
    // the command line: the only code that may use Node APIs
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // dependencies inlined: the command starts in a few milliseconds instead of loading zod file by file
    noExternal: ['decimal.js', 'zod'],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // one self-contained file for Google Apps Script and JavaScript UDF engines: global `FunnelMath`
    ...globalFile,
    entry: { 'funnel-math': 'src/global.ts' },
    globalName: 'FunnelMath',
    noExternal: ['decimal.js', 'zod'],
  },
  {
    // the translated catalogs for the global file, as a second file (global `FunnelMathLocales`)
    ...globalFile,
    entry: { 'funnel-math.locales': 'src/locales.ts' },
    globalName: 'FunnelMathLocales',
  },
]);
