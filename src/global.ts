/**
 * The single-file global bundle (`dist/funnel-math.global.js`, global `FunnelMath`): the whole API
 * with English messages, plus the spreadsheet functions as `FunnelMath.sheets`, for Apps Script and
 * JavaScript UDF engines. The translated catalogs are the second file,
 * `dist/funnel-math.locales.global.js` (global `FunnelMathLocales`): four languages were a third
 * of this file.
 * @internal
 * @module
 */
export * from './api.js';
export * as sheets from './sheets/index.js';
