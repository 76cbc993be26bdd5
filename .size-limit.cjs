// Size budgets, checked by `npm test` (min + gzip, dependencies included).
// The "everything" figure is measured with English messages only: the other languages' error and
// goal catalogs are separate exports an app imports when it needs them. The English error catalog
// is split by area (core, statistics, KPIs, goals, calendars, presentation, activity logs): a bundle
// carries the words of what it uses. "everything" went from 92 to 96 KB when the last three areas
// moved to the catalog (their English words, about 3.7 KB).
const { readFileSync } = require('node:fs');

const core = [
  'defineFunnel', 'funnelSchema', 'funnelFromCounts', 'parseRatio', 'Ratio', 'apportion',
  'requiredActivity', 'forecast', 'workingDays', 'schedule', 'toText', 'toMarkdown', 'toHtml', 'toTable', 'display', 'toSvg',
  'FunnelMathError', 'ERROR_CODES',
];
// every runtime export of the built package except the non-English message catalogs
const exported = [...new Set([...readFileSync(`${__dirname}/dist/index.cjs`, 'utf8').matchAll(/^\s+(\w+): \(\) => /gm)].map((m) => m[1]))];
const english = exported.filter((name) => !/^(goal|error)Messages(?!En)/.test(name));

module.exports = [
  { name: 'requiredActivity alone', path: 'dist/index.js', import: '{ requiredActivity, defineFunnel }', limit: '20 KB', gzip: true },
  { name: 'core: funnels, rates, plans, calendars, tables', path: 'dist/index.js', import: `{ ${core.join(', ')} }`, limit: '32 KB', gzip: true },
  { name: 'everything, English messages', path: 'dist/index.js', import: `{ ${english.join(', ')} }`, limit: '96 KB', gzip: true },
  { name: 'spreadsheet functions', path: 'dist/sheets/index.js', import: '*', limit: '61.5 KB', gzip: true },
];
