import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'funnel-math-report-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// DOMAIN §5: 60 contacts, 15 of them meet, 10 of those buy
const records = [
  ...Array.from({ length: 60 }, (_, i) => ({ prospect: i, stage: 'contact', at: '2026-11-02' })),
  ...Array.from({ length: 15 }, (_, i) => ({ prospect: i, stage: 'meeting', at: '2026-11-05' })),
  ...Array.from({ length: 10 }, (_, i) => ({ prospect: i, stage: 'sale', at: '2026-11-09' })),
];

describe('funnel-math report', () => {
  it('reads a CSV log and shows each rate with its denominator', async () => {
    const csv = write('log.csv', `prospect,stage,at\n${records.map((r) => `${r.prospect},${r.stage},${r.at}`).join('\n')}\n`);
    const r = await run('report', csv, '--stages', 'contact,meeting,sale');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sale\s+10\s+10\s+.*66\.7% of meeting\s+16\.7% of contact/);
  });
  it('reads .json and .ndjson the same way', async () => {
    const json = JSON.parse((await run('report', write('log.json', JSON.stringify(records)), '--stages', 'contact,meeting,sale', '--json')).stdout);
    const nd = JSON.parse(
      (await run('report', write('log.ndjson', records.map((r) => JSON.stringify(r)).join('\n')), '--stages', 'contact,meeting,sale', '--json')).stdout,
    );
    expect(json.stages.map((s: { count: number }) => s.count)).toEqual([60, 15, 10]);
    expect(nd.stages).toEqual(json.stages);
  });
  it('a bad record stops with its index and field, or is listed with --skip-invalid', async () => {
    const csv = write('bad.csv', 'prospect,stage,at\n1,contact,2026-11-02\n2,contact,not-a-date\n');
    const stop = await run('report', csv, '--stages', 'contact,sale');
    expect(stop.code).toBe(1);
    expect(stop.stderr).toMatch(/at records\.1\.at\]/);
    const skip = JSON.parse((await run('report', csv, '--stages', 'contact,sale', '--skip-invalid', '--json')).stdout);
    expect(skip.rejected.map((r: { index: number }) => r.index)).toEqual([1]);
  });
  it('names a refused record by its line in the file, as the person who opens it counts (blank lines, CRLF and quoted line breaks included)', async () => {
    const csv = write('lines.csv', 'prospect,stage,at\r\n1,contact,2026-11-02\r\n\r\n"two\r\nlines",contact,2026-11-02\r\n3,contact,not-a-date\r\n');
    const stop = await run('report', csv, '--stages', 'contact,sale');
    expect([stop.code, stop.stderr]).toEqual([
      1,
      `funnel-math report: ${csv} line 6: The time in "at" should be a time: an ISO date-time such as 2026-11-30T09:15:00Z, or milliseconds since 1970; got "not-a-date". [INVALID_DATE at records.2.at]\n`,
    ]);
    const nd = write('lines.ndjson', '{"prospect":1,"stage":"contact","at":"2026-11-02"}\n\n{"prospect":2,"stage":"contract","at":"2026-11-02"}\n');
    const ndStop = await run('report', nd, '--stages', 'contact,sale');
    expect(ndStop.stderr).toBe(`funnel-math report: ${nd} line 3: The stage of record 2: "contract" is not a stage of this funnel (contact, sale). Map it with --stage-map "contract=<stage>" or leave it out with --exclude-type "contract". [UNKNOWN_STAGE at records.1.stage]\n`);
  });
  it('a CSV without the required columns cannot be used: exit 1', async () => {
    const r = await run('report', write('nohead.csv', 'who,what\n1,2\n'), '--stages', 'a,b');
    expect([r.code, r.stderr]).toEqual([1, `funnel-math report: ${join(dir, 'nohead.csv')}: the header row lacks prospect, stage, at (it has who, what); name the columns to use with --prospect, --stage, --at\n`]);
  });
});
