import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createRequire } from 'node:module';
import type { FunnelQuery } from '../../src/index.js';

/**
 * The two engines the warehouse tests run the generated SQL on, in process: DuckDB
 * (`@duckdb/node-api`) and ClickHouse (`chdb`). Each loads a log into a table of the given
 * (possibly hostile) names and runs a query with its bound parameters.
 */

export interface LogRow {
  readonly prospect: string;
  readonly stage: string;
  readonly at: number;
  readonly source?: string;
  readonly rep?: string;
  readonly isNew?: boolean;
  readonly reason?: string;
}

export interface Names {
  readonly table: string;
  readonly prospect: string;
  readonly stage: string;
  readonly at: string;
  readonly source: string;
  readonly rep: string;
  readonly isNew: string;
  readonly reason: string;
}

export const PLAIN: Names = { table: 'events', prospect: 'prospect', stage: 'stage', at: 'at', source: 'source', rep: 'rep', isNew: 'is_new', reason: 'reason' };

const dq = (s: string) => `"${s.split('"').join('""')}"`;
const lit = (s: string) => `'${s.split("'").join("''")}'`;
const bt = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '`';
const chLit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export class Duck {
  private constructor(private readonly con: DuckDBConnection) {}
  static async open(): Promise<Duck> {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    return new Duck(await instance.connect());
  }
  async load(rows: readonly LogRow[], n: Names = PLAIN): Promise<void> {
    await this.con.run(`DROP TABLE IF EXISTS ${dq(n.table)}`);
    await this.con.run(
      `CREATE TABLE ${dq(n.table)} (${dq(n.prospect)} VARCHAR, ${dq(n.stage)} VARCHAR, ${dq(n.at)} BIGINT, ${dq(n.source)} VARCHAR, ${dq(n.rep)} VARCHAR, ${dq(n.isNew)} BOOLEAN, ${dq(n.reason)} VARCHAR)`,
    );
    if (rows.length === 0) return;
    const v = (s: string | undefined) => (s === undefined ? 'NULL' : lit(s));
    const values = rows.map((r) => `(${lit(r.prospect)}, ${lit(r.stage)}, ${r.at}, ${v(r.source)}, ${v(r.rep)}, ${r.isNew === undefined ? 'NULL' : r.isNew}, ${v(r.reason)})`);
    await this.con.run(`INSERT INTO ${dq(n.table)} VALUES ${values.join(', ')}`);
  }
  async run(q: FunnelQuery): Promise<Record<string, unknown>[]> {
    const reader = await this.con.runAndReadAll(q.sql, q.params as (string | number)[]);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }
}

interface ChdbSession {
  query(sql: string, format?: string): string;
  queryBind(sql: string, args: object, format?: string): string;
  close(): void;
}

export class ClickHouse {
  private constructor(private readonly session: ChdbSession) {}
  static open(): ClickHouse {
    const require = createRequire(import.meta.url);
    const { Session } = require('chdb') as { Session: new () => ChdbSession };
    return new ClickHouse(new Session());
  }
  load(rows: readonly LogRow[], n: Names = PLAIN): void {
    this.session.query(`DROP TABLE IF EXISTS ${bt(n.table)}`);
    this.session.query(
      `CREATE TABLE ${bt(n.table)} (${bt(n.prospect)} String, ${bt(n.stage)} String, ${bt(n.at)} Int64, ${bt(n.source)} Nullable(String), ${bt(n.rep)} Nullable(String), ${bt(n.isNew)} Nullable(Bool), ${bt(n.reason)} Nullable(String)) ENGINE = Memory`,
    );
    if (rows.length === 0) return;
    const v = (s: string | undefined) => (s === undefined ? 'NULL' : chLit(s));
    const values = rows.map((r) => `(${chLit(r.prospect)}, ${chLit(r.stage)}, ${r.at}, ${v(r.source)}, ${v(r.rep)}, ${r.isNew === undefined ? 'NULL' : r.isNew}, ${v(r.reason)})`);
    this.session.query(`INSERT INTO ${bt(n.table)} VALUES ${values.join(', ')}`);
  }
  run(q: FunnelQuery): Record<string, unknown>[] {
    const out = this.session.queryBind(q.sql, q.params as object, 'JSONEachRow');
    return out
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  close(): void {
    this.session.close();
  }
}
