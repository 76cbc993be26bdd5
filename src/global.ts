/**
 * The single-file global bundle (`dist/funnel-math.global.js`, global `FunnelMath`): the whole API
 * plus the spreadsheet functions as `FunnelMath.sheets`, for Apps Script and JavaScript UDF engines.
 * @internal
 * @module
 */
export * from './index.js';
export * as sheets from './sheets/index.js';
