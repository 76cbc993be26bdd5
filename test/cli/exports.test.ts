import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The built command line, run as a user runs it, on exports as HubSpot, Salesforce and Pipedrive write them.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const FIXTURES = 'test/fixtures/crm';
const root = join(import.meta.dirname, '../..');

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'funnel-math-exports-'));
const write = (name: string, text: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const hubspot = `${FIXTURES}/hubspot-activities.csv`;
const salesforce = `${FIXTURES}/salesforce-activities.csv`;
const pipedrive = `${FIXTURES}/pipedrive-activities.csv`;
const HUBSPOT_COLUMNS = ['--prospect', 'Associated Contact', '--stage', 'Activity type', '--at', 'Activity date', '--rep', 'Activity assigned to', '--source', 'Original Source'];
const SALESFORCE_COLUMNS = ['--prospect', 'Contact', '--stage', 'Type', '--at', 'Date', '--rep', 'Assigned', '--source', 'Lead Source'];

describe('funnel-math report on CRM exports (the built command line)', () => {
  beforeAll(() => {
    // the fixtures are what the exports really hold: a byte-order mark and CRLF from HubSpot, every field quoted by Salesforce, semicolons from a German Pipedrive
    expect([...readFileSync(hubspot).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(hubspot, 'utf8').split('\r\n').length).toBe(17);
    expect(readFileSync(salesforce, 'utf8').startsWith('"Activity ID","Subject","Type","Date"')).toBe(true);
    expect(readFileSync(pipedrive, 'utf8').split('\n')[1]).toBe('Erstgespräch;Call;02.03.2026;Lena Wolf;"Müller GmbH; Berlin";Jonas Müller;Website;Done');
  });

  it('HubSpot: columns mapped, CALL/Call/call one stage, types left out and counted, a table per rep, refused rows listed with their lines', () => {
    const r = cli(['report', hubspot, '--stages', 'call,meeting,sale', ...HUBSPOT_COLUMNS, '--stage-map', 'Closed won=sale', '--exclude-type', 'EMAIL,Note', '--exclude-type', 'Task', '--by', 'rep', '--skip-invalid', '--time-zone', 'America/New_York']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`Funnel from activity

stage    touches  prospects  new  inbound  of previous       of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  ----------------  --------------  -----------------------  --------------------  -------  ----
call           6          6    6        0  —                 100.0% of call  —                        1.000 per call touch        —     —
meeting        3          3    3        0  50.0% of call     50.0% of call   0.500 per call touch     0.500 per call touch        0     3
sale           1          1    1        0  33.3% of meeting  16.7% of call   0.333 per meeting touch  0.167 per call touch        0     2

rep: Ana Lima

stage    touches  prospects  new  inbound  of previous        of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  -----------------  --------------  -----------------------  --------------------  -------  ----
call           3          3    3        0  —                  100.0% of call  —                        1.000 per call touch        —     —
meeting        1          1    1        0  33.3% of call      33.3% of call   0.333 per call touch     0.333 per call touch        0     2
sale           1          1    1        0  100.0% of meeting  33.3% of call   1.000 per meeting touch  0.333 per call touch        0     0

rep: Ben Ortiz

stage    touches  prospects  new  inbound  of previous      of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  ---------------  --------------  -----------------------  --------------------  -------  ----
call           3          3    3        0  —                100.0% of call  —                        1.000 per call touch        —     —
meeting        2          2    2        0  66.7% of call    66.7% of call   0.667 per call touch     0.667 per call touch        0     1
sale           0          0    0        0  0.0% of meeting  0.0% of call    0.000 per meeting touch  0.000 per call touch        0     2

Read 15 rows of ${hubspot} (comma-separated; columns prospect "Associated Contact", stage "Activity type", at "Activity date", rep "Activity assigned to", source "Original Source"; dates ISO; times without a zone in America/New_York).
Left out by activity type: 3 rows (EMAIL 1, Note 1, Task 1).
Refused: 2 rows, not counted:
  line 11: Nothing was given for the prospect in "Associated Contact"; give a non-empty text or a finite number, such as "p1" or 17.
  line 16: The time in "Activity date" should be a time: an ISO date-time such as 2026-11-30T09:15:00Z, or milliseconds since 1970; got "not logged".
`);
    // --json: every refused row with its line, the zone-less times read in New York (09:15 EST is 14:15 UTC)
    const json = JSON.parse(cli(['report', hubspot, '--stages', 'call,meeting,sale', ...HUBSPOT_COLUMNS, '--stage-map', 'Closed won=sale', '--exclude-type', 'EMAIL,Note,Task', '--skip-invalid', '--time-zone', 'America/New_York', '--json', '--as-of', '2026-03-31']).stdout);
    expect(json.rejected.map((x: { line: number; index: number; code: string }) => [x.line, x.index, x.code])).toEqual([
      [11, 7, 'MISSING_VALUE'],
      [16, 11, 'INVALID_DATE'],
    ]);
    expect(json.input).toEqual({
      source: hubspot,
      format: 'csv',
      delimiter: ',',
      columns: { prospect: 'Associated Contact', stage: 'Activity type', at: 'Activity date', rep: 'Activity assigned to', source: 'Original Source' },
      dateFormat: 'ISO',
      timeZone: 'America/New_York',
      rows: 15,
      excludedTypes: { EMAIL: 1, Note: 1, Task: 1 },
      refused: 2,
    });
    expect(json.stages.map((s: { count: number }) => s.count)).toEqual([6, 3, 1]);
  });

  it('HubSpot without --skip-invalid stops at the first refused row: exit 1, its line and column', () => {
    const r = cli(['report', hubspot, '--stages', 'call,meeting,sale', ...HUBSPOT_COLUMNS, '--stage-map', 'Closed won=sale', '--exclude-type', 'EMAIL,Note,Task']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      '',
      `funnel-math report: ${hubspot} line 11: Nothing was given for the prospect in "Associated Contact"; give a non-empty text or a finite number, such as "p1" or 17. [MISSING_VALUE at records.7.prospect]\n`,
    ]);
  });

  it('Salesforce (en-GB): 02/03/2026 is refused until --date-format says which reading; then dd/mm/yyyy, a stage map and a left-out type', () => {
    const ambiguous = cli(['report', salesforce, '--stages', 'call,meeting,proposal', ...SALESFORCE_COLUMNS]);
    expect([ambiguous.code, ambiguous.stdout, ambiguous.stderr]).toEqual([
      1,
      '',
      `funnel-math report: ${salesforce} line 2: the date "02/03/2026" can be read two ways: 2 March 2026 (--date-format DD/MM/YYYY) or 3 February 2026 (--date-format MM/DD/YYYY); say which with --date-format (or "dateFormat" in the --config file)\n`,
    ]);
    const r = cli(['report', salesforce, '--stages', 'call,meeting,proposal', ...SALESFORCE_COLUMNS, '--date-format', 'DD/MM/YYYY', '--stage-map', 'Proposal Sent=proposal', '--exclude-type', 'email', '--skip-invalid']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`Funnel from activity

stage     touches  prospects  new  inbound  of previous        of first        per previous touch       per first touch       dropped  open
--------  -------  ---------  ---  -------  -----------------  --------------  -----------------------  --------------------  -------  ----
call            4          4    4        0  —                  100.0% of call  —                        1.000 per call touch        —     —
meeting         2          2    2        0  50.0% of call      50.0% of call   0.500 per call touch     0.500 per call touch        0     2
proposal        2          2    2        0  100.0% of meeting  50.0% of call   1.000 per meeting touch  0.500 per call touch        0     0

Read 11 rows of ${salesforce} (comma-separated; columns prospect "Contact", stage "Type", at "Date", rep "Assigned", source "Lead Source"; dates DD/MM/YYYY).
Left out by activity type: 1 row (email 1).
Refused: 2 rows, not counted:
  line 10: The date "31/02/2026" in column "Date" is not a day of the calendar.
  line 11: The stage in "Type": "Lunch" is not a stage of this funnel (call, meeting, proposal).
To count "Lunch", map it to a stage with --stage-map "Lunch=<stage>"; to leave it out, --exclude-type "Lunch".
`);
    // the 11 March meeting is March 11 (the meeting month), not November 3
    const months = JSON.parse(cli(['report', salesforce, '--stages', 'call,meeting,proposal', ...SALESFORCE_COLUMNS, '--date-format', 'DD/MM/YYYY', '--stage-map', 'Proposal Sent=proposal', '--exclude-type', 'email,lunch', '--skip-invalid', '--by', 'month', '--json']).stdout);
    expect(months.groups.map((g: { key: string }) => g.key)).toEqual(['2026-03']);
    expect(months.options.asOf).toBe('2026-03-25T00:00:00.000Z');
  });

  it('Pipedrive (German locale) from a config file: semicolons, DD.MM.YYYY, quoted semicolons and quotes, by source', () => {
    const r = cli(['report', pipedrive, '--config', `${FIXTURES}/pipedrive-mapping.json`, '--skip-invalid', '--by', 'source']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`Funnel from activity

stage    touches  prospects  new  inbound  of previous       of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  ----------------  --------------  -----------------------  --------------------  -------  ----
call           3          3    3        0  —                 100.0% of call  —                        1.000 per call touch        —     —
meeting        2          2    2        0  66.7% of call     66.7% of call   0.667 per call touch     0.667 per call touch        0     1
offer          1          1    1        0  50.0% of meeting  33.3% of call   0.500 per meeting touch  0.333 per call touch        0     1

source: Kaltakquise

stage    touches  prospects  new  inbound  of previous           of first        per previous touch    per first touch       dropped  open
-------  -------  ---------  ---  -------  --------------------  --------------  --------------------  --------------------  -------  ----
call           1          1    1        0  —                     100.0% of call  —                     1.000 per call touch        —     —
meeting        0          0    0        0  0.0% of call          0.0% of call    0.000 per call touch  0.000 per call touch        0     1
offer          0          0    0        0  — (zero-denominator)  0.0% of call    — (no-touches)        0.000 per call touch        0     0

source: Messe

stage    touches  prospects  new  inbound  of previous      of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  ---------------  --------------  -----------------------  --------------------  -------  ----
call           1          1    1        0  —                100.0% of call  —                        1.000 per call touch        —     —
meeting        1          1    1        0  100.0% of call   100.0% of call  1.000 per call touch     1.000 per call touch        0     0
offer          0          0    0        0  0.0% of meeting  0.0% of call    0.000 per meeting touch  0.000 per call touch        0     1

source: Website

stage    touches  prospects  new  inbound  of previous        of first        per previous touch       per first touch       dropped  open
-------  -------  ---------  ---  -------  -----------------  --------------  -----------------------  --------------------  -------  ----
call           1          1    1        0  —                  100.0% of call  —                        1.000 per call touch        —     —
meeting        1          1    1        0  100.0% of call     100.0% of call  1.000 per call touch     1.000 per call touch        0     0
offer          1          1    1        0  100.0% of meeting  100.0% of call  1.000 per meeting touch  1.000 per call touch        0     0

Read 10 rows of ${pipedrive} (semicolon-separated; columns prospect "Deal - Title", stage "Activity - Type", at "Activity - Due date", rep "Activity - Assigned to user", source "Deal - Source"; dates DD.MM.YYYY; times without a zone in Europe/Berlin).
Left out by activity type: 2 rows (Email 1, Lunch 1).
Refused: 2 rows, not counted:
  line 10: The date "16.13.2026" in column "Activity - Due date" is not a day of the calendar.
  line 11: The stage in "Activity - Type": "Deadline" is not a stage of this funnel (call, meeting, offer).
To count "Deadline", map it to a stage with --stage-map "Deadline=<stage>"; to leave it out, --exclude-type "Deadline".
`);
    // "Schmidt ""Q2"" Ausbau" is one prospect, read whole
    const json = JSON.parse(cli(['report', pipedrive, '--config', `${FIXTURES}/pipedrive-mapping.json`, '--skip-invalid', '--json', '--by', 'source']).stdout);
    expect(json.input.delimiter).toBe(';');
    expect(json.totals.prospects).toBe(3);
  });

  it('- reads standard input (a UTF-16 file with its byte-order mark too), and a flag wins over the config file', () => {
    const text = readFileSync(hubspot, 'utf8');
    const args = ['report', '-', '--stages', 'call,meeting,sale', ...HUBSPOT_COLUMNS, '--stage-map', 'Closed won=sale', '--exclude-type', 'EMAIL,Note,Task', '--skip-invalid', '--json'];
    const fromFile = JSON.parse(cli(args.map((a) => (a === '-' ? hubspot : a))).stdout);
    const fromStdin = JSON.parse(cli(args, text).stdout);
    expect(fromStdin.input.source).toBe('standard input');
    expect(fromStdin.stages).toEqual(fromFile.stages);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]);
    expect(JSON.parse(cli(args, utf16).stdout).stages).toEqual(fromFile.stages);
    // tab-separated, told from the header
    const tsv = write('export.tsv', 'Contact ID\tActivity Type\tDate\n1\tCall\t2026-03-02\n1\tMeeting Booked\t2026-03-04\n2\tcall\t2026-03-03\n');
    const config = write('mapping.json', JSON.stringify({ columns: { prospect: 'Contact ID', stage: 'Activity Type', at: 'Date' }, stageMap: { 'meeting booked': 'appointment' }, stages: ['call', 'appointment'] }));
    const counts = JSON.parse(cli(['report', tsv, '--config', config, '--json']).stdout);
    expect([counts.input.delimiter, counts.stages.map((s: { count: number }) => s.count)]).toEqual(['\t', [2, 1]]);
    // a time of day in a column of its own (as Pipedrive writes "Activity - Due time") goes with the date, in the zone given
    const split = write('split.csv', 'Activity - Type,Activity - Due date,Activity - Due time,Deal - Title\nCall,2026-03-02,09:15,Acme\nMeeting,2026-03-02,17:45,Acme\n');
    const timed = JSON.parse(cli(['report', split, '--stages', 'call,meeting', '--prospect', 'Deal - Title', '--stage', 'Activity - Type', '--at', 'Activity - Due date', '--time', 'Activity - Due time', '--time-zone', 'Europe/Berlin', '--json']).stdout);
    expect([timed.stages[1].timeFromPrevious.median, timed.options.asOf]).toEqual([8.5 * 3_600_000, '2026-03-02T16:45:00.000Z']);
    // the command line's --stages wins over the file's
    expect(JSON.parse(cli(['report', tsv, '--config', config, '--stages', 'call,appointment,sale', '--json']).stdout).stages.length).toBe(3);
  });

  it('exit codes as the help says: 1 for a file, config or row that cannot be used, 2 for usage only', () => {
    const missing = join(dir, 'nope.csv');
    const unusable: [string[], string][] = [
      [['report', missing, '--stages', 'a,b'], `funnel-math report: cannot read ${missing}: check the path\n`],
      [['report', hubspot, '--stages', 'a,b', '--prospect', 'Contact ID'], `funnel-math report: ${hubspot}: the header row has no column "Contact ID" (named with --prospect). Its columns are "Record ID", "Activity date", "Activity type", "Associated Contact", "Associated Company", "Activity assigned to", "Original Source", "Body preview".\n`],
      [['report', salesforce, '--stages', 'a,b', '--prospect', 'Contakt'], `funnel-math report: ${salesforce}: the header row has no column "Contakt" (named with --prospect); did you mean "Contact"? Its columns are "Activity ID", "Subject", "Type", "Date", "Assigned", "Contact", "Company / Account", "Lead Source".\n`],
      [['report', write('typo.json', '{ "colums": {} }') , '--stages', 'a,b', '--format', 'csv', '--config', join(dir, 'typo.json')], `funnel-math report: ${join(dir, 'typo.json')} has no key "colums" (did you mean "columns"?); the keys are stages, columns, stageMap, excludeTypes, dateFormat, timeZone, delimiter\n`],
      [['report', hubspot, '--stages', 'a,b', '--config', write('cols.json', '{ "columns": { "prospekt": "Contact" } }')], `funnel-math report: "columns" in ${join(dir, 'cols.json')} has no key "prospekt" (did you mean "prospect"?); the keys are prospect, stage, at, time, rep, source, isNew, value, reason\n`],
      [['report', hubspot, '--stages', 'a,b', '--config', write('num.json', '{ "columns": { "prospect": 7 } }')], `funnel-math report: "prospect" of "columns" in ${join(dir, 'num.json')} should be the name of a column (text); got 7\n`],
      [['report', hubspot, '--stages', 'call', '--config', write('map.json', '{ "stageMap": { "Call": "cal" } }')], `funnel-math report: "Call" of "stageMap" in ${join(dir, 'map.json')} maps to "cal", which is not a stage of this funnel (call); did you mean "call"?\n`],
      [['report', hubspot, '--stages', 'a,b', '--config', join(dir, 'none.json')], `funnel-math report: cannot read ${join(dir, 'none.json')}: check the path\n`],
      [['report', write('empty.csv', ''), '--stages', 'a,b'], `funnel-math report: ${join(dir, 'empty.csv')} is empty: a CSV export starts with a header row\n`],
      [['report', write('latin1.csv', Buffer.from('prospect,stage,at\nM\xfcller,a,2026-03-02\n', 'latin1')), '--stages', 'a,b'], `funnel-math report: ${join(dir, 'latin1.csv')} is not UTF-8 text: save it as "CSV UTF-8" (or UTF-16 with a byte-order mark) and try again\n`],
      [['report', write('us.csv', 'prospect,stage,at\n1,a,25/03/2026\n'), '--stages', 'a,b'], `funnel-math report: ${join(dir, 'us.csv')} line 2: the date "25/03/2026" is not ISO (2026-03-11); if it is 25 March 2026, give --date-format DD/MM/YYYY\n`],
    ];
    for (const [args, stderr] of unusable) expect([args, cli(args)]).toEqual([args, { code: 1, stdout: '', stderr }]);
    const usage: [string[], string][] = [
      [['report', hubspot], '--stages is required (or "stages" in the --config file)'],
      [['report', '--stages', 'a,b'], 'give exactly one activity log file (or - for standard input)'],
      [['report', hubspot, '--stages', 'a,b', '--by', 'owner'], '--by should be rep, source, month or week; got "owner"'],
      [['report', hubspot, '--stages', 'a,b', '--stage-map', 'Call'], '--stage-map "Call" should be value=stage, such as "Meeting Booked=meeting"'],
      [['report', hubspot, '--stages', 'call', '--stage-map', 'Call=cal'], '--stage-map "Call=cal" maps to "cal", which is not a stage of this funnel (call); did you mean "call"?'],
      [['report', hubspot, '--stages', 'a,b', '--date-format', 'DD/MM/YY'], '--date-format "DD/MM/YY" is not a date format: give DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD (also with . or - between the parts, and HH:mm or HH:mm:ss after)'],
      [['report', hubspot, '--stages', 'a,b', '--time-zone', 'Mars/Olympus'], '--time-zone "Mars/Olympus" is not a time zone: give UTC, an offset such as +01:00, or a name such as Europe/London'],
      [['report', hubspot, '--stages', 'a,b', '--delimiter', 'x'], '--delimiter "x" is not a separator: give , ; tab or |'],
      [['report', hubspot, '--stages', 'a,b', '--as-of', 'soon'], '--as-of: The as-of time should be a time: an ISO date-time such as 2026-11-30T09:15:00Z, or milliseconds since 1970; got "soon".'],
      [['report', hubspot, '--stages', 'a,a'], '--stages: '],
      [['report', hubspot, '--stages', 'a,b', '--bogus'], "Unknown option '--bogus'"],
    ];
    for (const [args, start] of usage) {
      const r = cli(args);
      expect([args, r.code, r.stdout, r.stderr.startsWith(`funnel-math report: ${start}`), r.stderr.includes('\n\nUsage: funnel-math report')]).toEqual([args, 2, '', true, true]);
    }
    expect(cli(['report', '--help']).code).toBe(0);
    expect(cli(['report', hubspot, '--stages', 'a,b', '--by', 'rep', '--prospect', 'Record ID', '--stage', 'Activity type', '--at', 'Activity date']).code).toBe(1);
  });
});
