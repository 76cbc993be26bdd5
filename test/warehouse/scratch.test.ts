import { it, expect } from 'vitest';
import { analyzeFunnel, defineFunnel, funnelQuery, reportFromQuery } from '../../src/index.js';
import { Duck, ClickHouse, PLAIN } from './engines.js';
it('scratch', async () => {
  const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
  const T = Date.UTC(2026, 10, 2);
  const rows = [
    { prospect: 'a', stage: 'call', at: T }, { prospect: 'a', stage: 'meeting', at: T + 3e8 }, { prospect: 'a', stage: 'sale', at: T + 5e8 },
    { prospect: 'b', stage: 'call', at: T }, { prospect: 'b', stage: 'meeting', at: T + 1e8, reason: 'no' },
    { prospect: 'c', stage: 'meeting', at: T + 2e7 },
  ];
  const cols = { prospect: PLAIN.prospect, stage: PLAIN.stage, at: PLAIN.at, source: PLAIN.source, rep: PLAIN.rep, isNew: PLAIN.isNew, reason: PLAIN.reason };
  const expected = JSON.parse(JSON.stringify(analyzeFunnel(funnel, rows, {})));
  const duck = await Duck.open();
  await duck.load(rows);
  const q = funnelQuery(funnel, {}, { dialect: 'duckdb', table: PLAIN.table, columns: cols });
  const got = JSON.parse(JSON.stringify(reportFromQuery(funnel, await duck.run(q), {})));
  got.warnings = got.warnings.filter((w: { code: string }) => w.code !== 'OUTSIDE_JOURNEY');
  expect(got).toEqual(expected);
  const ch = ClickHouse.open();
  ch.load(rows);
  const q2 = funnelQuery(funnel, {}, { dialect: 'clickhouse', table: PLAIN.table, columns: cols });
  let r2;
  try { r2 = ch.run(q2); } catch (e) { console.log(q2.sql); throw e; }
  const got2 = JSON.parse(JSON.stringify(reportFromQuery(funnel, r2, {})));
  got2.warnings = got2.warnings.filter((w: { code: string }) => w.code !== 'OUTSIDE_JOURNEY');
  expect(got2).toEqual(expected);
});
