import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // the npm package: ESM + CJS with types; decimal.js and zod stay dependencies
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  },
  {
    // funnel-math/sheets, built on its own so each .d.ts stands alone (Deno reads them by path)
    entry: { sheets: 'src/sheets/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  },
  {
    // the command line: the only code that may use Node APIs
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    // dependencies inlined: the command starts in a few milliseconds instead of loading zod file by file
    noExternal: ['decimal.js', 'zod'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // one self-contained file for Google Apps Script and JavaScript UDF engines: global `FunnelMath`
    entry: { 'funnel-math': 'src/global.ts' },
    format: ['iife'],
    globalName: 'FunnelMath',
    noExternal: ['decimal.js', 'zod'],
    outExtension: () => ({ js: '.global.js' }),
    minify: true,
    target: 'es2020',
    platform: 'browser',
    mainFields: ['module', 'main'],
  },
]);
