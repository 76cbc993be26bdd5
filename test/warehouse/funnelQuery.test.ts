import { describe, expect, it } from 'vitest';
import { analyzeFunnel, defineFunnel, funnelQuery, reportFromQuery, FunnelMathError, type SqlDialect } from '../../src/index.js';
import { ClickHouse, Duck, PLAIN, type Names } from './engines.js';

const funnel = defineFunnel(['contact', 'meeting', 'sale'] as const);
const T = Date.UTC(2026, 10, 2);
const DAY = 86_400_000;
// DOMAIN §5: 60 contacts, 15 meetings, 10 sales: 66.7% of meetings close, 16.7% of contacts
const log = Array.from({ length: 60 }, (_, i) => [
  { prospect: `p${i}`, stage: 'contact', at: T },
  ...(i < 15 ? [{ prospect: `p${i}`, stage: 'meeting', at: T + 3 * DAY }] : []),
  ...(i < 10 ? [{ prospect: `p${i}`, stage: 'sale', at: T + 7 * DAY }] : []),
]).flat();
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as FunnelMathError;
  }
  throw new Error('no error');
};
const target = (dialect: SqlDialect, n: Names = PLAIN) => ({ dialect, table: n.table, columns: { prospect: n.prospect, stage: n.stage, at: n.at, source: n.source, rep: n.rep, isNew: n.isNew, reason: n.reason } });

describe('funnelQuery', () => {
  it('gives the DOMAIN §5 close rates through DuckDB', async () => {
    const duck = await Duck.open();
    await duck.load(log);
    const o = { asOf: '2026-11-30' };
    const report = reportFromQuery(funnel, await duck.run(funnelQuery(funnel, o, target('duckdb'))), o);
    expect(report.stages[2]!.ofPrevious!.label).toBe('66.7% of meeting (10 of 15)');
    expect(report.stages[2]!.ofFirst.label).toBe('16.7% of contact (10 of 60)');
    expect(report.stages[2]!.timeFromPrevious!.median).toBe(4 * DAY);
    expect(report.warnings.map((w) => w.code)).toEqual(['OUTSIDE_JOURNEY']);
    const expected = JSON.parse(JSON.stringify(analyzeFunnel(funnel, log as never, o)));
    const got = JSON.parse(JSON.stringify(report));
    got.warnings = [];
    expect(got).toEqual(expected);
  });

  it('quotes hostile table and column names, so they can never inject SQL', async () => {
    const hostile: Names = {
      table: 'ev"; DROP TABLE x; --',
      prospect: 'who`s "prospect"',
      stage: "st'age\\",
      at: 'at\n-- time',
      source: 'src; DELETE FROM ev',
      rep: 'répé ✓ 代表',
      isNew: '`is new`',
      reason: '/* reason */',
    };
    const duck = await Duck.open();
    await duck.load(log, hostile);
    const o = { asOf: '2026-11-30' };
    const q = funnelQuery(funnel, o, target('duckdb', hostile));
    const report = reportFromQuery(funnel, await duck.run(q), o);
    expect(report.stages[2]!.count).toBe(10);
    // the names appear only quoted, and no value is written into the query
    expect(q.sql).toContain('"ev""; DROP TABLE x; --"');
    expect(q.sql).not.toContain("'contact'");
    for (const d of ['clickhouse', 'bigquery'] as const) {
      const sql = funnelQuery(funnel, o, target(d, hostile)).sql;
      expect(sql).toContain('`who\\`s "prospect"`');
      expect(sql).toContain('`at\\n-- time`');
      expect(sql).toContain("`st'age\\\\`");
    }
    // a dotted table name is split and each part quoted
    expect(funnelQuery(funnel, {}, { ...target('duckdb'), table: 'db.main.events' }).sql).toContain('FROM "db"."main"."events"');
    expect(funnelQuery(funnel, {}, { ...target('clickhouse'), table: ['db', 'a.b'] }).sql).toContain('FROM `db`.`a.b`');
  });

  it('writes the form for ClickHouse before 22.1 (clickhouseVersion): values as escaped literals, no settings, the same report', () => {
    const hostile = defineFunnel(["con'tact\\", 'meet\ning', 'sale'] as const);
    const rows = log.map((r) => ({ ...r, stage: r.stage === 'contact' ? "con'tact\\" : r.stage === 'meeting' ? 'meet\ning' : 'sale' }));
    const o = { asOf: '2026-11-30', window: { perStep: 5 } };
    const old = funnelQuery(hostile, o, { ...target('clickhouse'), clickhouseVersion: '18.16' });
    const current = funnelQuery(hostile, o, target('clickhouse'));
    expect(old.params).toEqual({});
    expect(old.sql).not.toContain('{');
    expect(old.sql).not.toContain('SETTINGS');
    expect(old.sql).toContain("'con\\'tact\\\\'");
    expect(old.sql).toContain("'meet\\x0aing'");
    expect(current.sql).toContain("SETTINGS short_circuit_function_evaluation = 'disable'");
    expect(funnelQuery(hostile, o, { ...target('clickhouse'), clickhouseVersion: '26.7.1' }).sql).toBe(current.sql);
    const bad = errorOf(() => funnelQuery(hostile, o, { ...target('clickhouse'), clickhouseVersion: 'new' }));
    expect([bad.code, bad.path]).toEqual(['INVALID_INPUT', ['target', 'clickhouseVersion']]);
    expect(bad.message).toContain('a version such as "18.16"');
    const ch = ClickHouse.open();
    try {
      ch.load(rows);
      const expected = JSON.parse(JSON.stringify(analyzeFunnel(hostile, rows as never, o)));
      for (const q of [old, current]) {
        const got = JSON.parse(JSON.stringify(reportFromQuery(hostile, ch.run(q), o)));
        got.warnings = got.warnings.filter((w: { code: string }) => w.code !== 'OUTSIDE_JOURNEY');
        expect(got).toEqual(expected);
      }
    } finally {
      ch.close();
    }
  });

  it('refuses every option it does not compute, naming it (NOT_IN_SQL)', () => {
    const cases: [unknown, string, (string | number)[], string][] = [
      [{ by: () => 'x' }, 'by', ['options', 'by'], 'a grouping function runs in JavaScript'],
      [{ by: 'rep' }, 'by', ['options', 'by'], 'The option "by"'],
      [{ reEntry: 'last' }, 'reEntry', ['options', 'reEntry'], 'The option "reEntry"'],
      [{ reEntry: 'each' }, 'reEntry', ['options', 'reEntry'], 'fold'],
      [{ stalledAfterDays: 3 }, 'stalledAfterDays', ['options', 'stalledAfterDays'], 'The option "stalledAfterDays"'],
      [{ perProspect: true }, 'perProspect', ['options', 'perProspect'], 'The option "perProspect"'],
      [{ onInvalid: 'skip' }, 'onInvalid', ['options', 'onInvalid'], 'The option "onInvalid"'],
    ];
    for (const [options, , path, words] of cases) {
      for (const f of [() => funnelQuery(funnel, options as never, target('duckdb')), () => reportFromQuery(funnel, [], options as never)]) {
        const e = errorOf(f);
        expect(e).toBeInstanceOf(FunnelMathError);
        expect(e.code).toBe('NOT_IN_SQL');
        expect(e.path).toEqual(path);
        expect(e.message).toContain(words);
      }
    }
    const v = errorOf(() => funnelQuery(funnel, {}, { ...target('duckdb'), columns: { prospect: 'p', stage: 's', at: 't', value: 'v' } }));
    expect([v.code, v.path]).toEqual(['NOT_IN_SQL', ['target', 'columns', 'value']]);
    expect(errorOf(() => funnelQuery(funnel, {}, { ...target('duckdb'), table: 'a..b' })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => funnelQuery(funnel, {}, { ...target('sqlite' as never) })).code).toBe('INVALID_CHOICE');
  });

  it('renders one plan alike for DuckDB, ClickHouse and BigQuery: the same steps and parameters, in the same order', () => {
    const o = { order: 'strict', window: { fromFirst: 30, perStep: 7 }, exclude: ['meeting'], asOf: '2026-11-30' } as const;
    const fullFunnel = defineFunnel(['contact', 'meeting', 'proposal', 'sale'] as const);
    const queries = (['duckdb', 'clickhouse', 'bigquery'] as const).map((d) => funnelQuery(fullFunnel, o, target(d)));
    const steps = (sql: string) => [...sql.matchAll(/^(?:WITH )?([a-z_0-9]+) AS \($/gm)].map((m) => m[1]);
    const params = (sql: string, d: SqlDialect) =>
      [...sql.matchAll(d === 'duckdb' ? /\$(\d+)/g : d === 'clickhouse' ? /\{([a-zA-Z0-9]+):/g : /@([a-zA-Z0-9]+)/g)].map((m) => (d === 'duckdb' ? queries[0]!.plan.params[Number(m[1]) - 1]!.name : m[1]));
    const [duck, ...others] = queries;
    expect(steps(duck!.sql)).toEqual(['source', 'coded', 'bound', 'used', 'ordered', 'reached_0', 'next_1', 'reached_1', 'carried_1', 'next_2', 'reached_2', 'carried_2', 'reached', 'prospect', 'stages', 'losses', 'totals']);
    for (const q of others) {
      expect(q.plan).toEqual(duck!.plan);
      if (q.dialect === 'clickhouse') continue;
      expect(steps(q.sql)).toEqual(steps(duck!.sql));
      expect(params(q.sql, q.dialect)).toEqual(params(duck!.sql, 'duckdb'));
    }
    // ClickHouse nests the same per-prospect steps as subqueries in FROM (no common table
    // expression: ClickHouse expands one where it is used, and 18.16 does not read them), then
    // aggregates the prospects once
    const ch = others.find((q) => q.dialect === 'clickhouse')!;
    expect(ch.sql).not.toMatch(/^WITH /m);
    const nested = [...new Set([...ch.sql.matchAll(/^\) AS ([a-z_0-9]+)\b/gm)].map((m) => m[1]))];
    expect(nested).toEqual(steps(duck!.sql).filter((s) => !['bound', 'prospect', 'stages', 'losses', 'totals'].includes(s!)));
    expect(new Set(params(ch.sql, 'clickhouse'))).toEqual(new Set(ch.plan.params.map((p) => p.name)));
    expect(duck!.plan.params.map((p) => p.name)).toEqual(['stage0', 'stage1', 'stage2', 'excluded0', 'asOf', 'fromFirst', 'perStep']);
  });

  it('writes the golden BigQuery SQL for a two-stage funnel', () => {
    const two = defineFunnel(['call', 'sale'] as const);
    const q = funnelQuery(two, { timeToConvert: false }, { dialect: 'bigquery', table: 'crm.events', columns: { prospect: 'lead', stage: 'step', at: 'ms' } });
    expect(q.sql).toMatchSnapshot();
    expect(q.params).toEqual({ stage0: 'call', stage1: 'sale' });
  });
});
