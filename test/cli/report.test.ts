import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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
  it('--counts-only leaves out the time-to-convert figures, from a CSV and from JSON', async () => {
    const csv = write('counts.csv', `prospect,stage,at\n${records.map((r) => `${r.prospect},${r.stage},${r.at}`).join('\n')}\n`);
    const full = JSON.parse((await run('report', csv, '--stages', 'contact,meeting,sale', '--json')).stdout);
    const counts = JSON.parse((await run('report', csv, '--stages', 'contact,meeting,sale', '--json', '--counts-only')).stdout);
    const fromJson = JSON.parse((await run('report', write('counts.json', JSON.stringify(records)), '--stages', 'contact,meeting,sale', '--json', '--counts-only')).stdout);
    expect(full.stages[2].timeFromFirst.median).toBe(7 * 86_400_000);
    for (const report of [counts, fromJson]) {
      expect(report.options.timeToConvert).toBe(false);
      expect(report.stages.map((s: { count: number }) => s.count)).toEqual([60, 15, 10]);
      expect(report.stages.map((s: { timeFromFirst: unknown }) => s.timeFromFirst)).toEqual([null, null, null]);
    }
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

describe('funnel-math report - (standard input)', () => {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/crm/hubspot-activities.csv'));
  const args = ['report', '-', '--stages', 'call,meeting,sale', '--prospect', 'Associated Contact', '--stage', 'Activity type', '--at', 'Activity date', '--exclude-type', 'email,note,task', '--stage-map', 'closed won=sale', '--skip-invalid', '--json'];
  async function piped(chunks: Uint8Array[], argv = args) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false, stdin: Readable.from(chunks) });
    return { code, stdout, stderr };
  }
  it('gives the same report however the input is split into chunks (inside a character, the header, a CRLF or an Excel "sep=" line)', async () => {
    const whole = await piped([text]);
    expect([whole.code, JSON.parse(whole.stdout).stages.map((s: { count: number }) => s.count)]).toEqual([0, [6, 3, 1]]);
    const withSep = Buffer.concat([Buffer.from('sep=,\r\n'), text.subarray(3)]);
    const sepWhole = await piped([withSep]);
    expect(JSON.parse(sepWhole.stdout).rejected.map((r: { line: number }) => r.line)).toEqual([12, 17]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: withSep.length - 1 }), { maxLength: 8 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), withSep.length];
        const chunks = points.slice(1).map((p, i) => withSep.subarray(points[i], p));
        expect((await piped(chunks)).stdout).toBe(sepWhole.stdout);
        const plain = [0, ...cuts.filter((c) => c < text.length).sort((a, b) => a - b), text.length];
        expect((await piped(plain.slice(1).map((p, i) => text.subarray(plain[i], p)))).stdout).toBe(whole.stdout);
      }),
      { numRuns: 40 },
    );
  });
  it('refuses - when nothing is piped in: usage, exit 2', async () => {
    let stderr = '';
    const code = await main(args, { stdout: () => {}, stderr: (s) => (stderr += s), stderrIsTTY: false, stdinIsTTY: true, stdin: Readable.from([]) });
    expect([code, stderr.split('\n')[0]]).toEqual([2, 'funnel-math report: - reads standard input, and nothing is piped in: give a file, or pipe one in (funnel-math report - --stages … < export.csv)']);
  });
});
