import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/args.js';
import { locateColumns, readMapping } from '../../src/cli/mapping.js';

const file = (json: unknown) => ({ json, file: 'mapping.json' });
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return [(error as Error).name, (error as Error).message];
  }
  return null;
};

describe('the column and stage mapping', () => {
  it('flags win over the file key by key; stage values and excluded types match in any case', () => {
    const m = readMapping(
      { prospect: 'Contact ID', 'stage-map': ['Demo=meeting'], 'exclude-type': ['Email,Note', 'Task'] },
      file({ columns: { prospect: 'Record ID', stage: 'Activity Type' }, stageMap: { 'Meeting Booked': 'Meeting' }, excludeTypes: ['Lunch'], stages: ['call', 'meeting'] }),
      null,
    );
    expect(m.stages).toEqual(['call', 'meeting']);
    expect([m.columns.prospect, m.columns.stage]).toEqual([
      { name: 'Contact ID', from: '--prospect' },
      { name: 'Activity Type', from: '"stage" of "columns" in mapping.json' },
    ]);
    expect([...m.stageMap]).toEqual([['meeting booked', 'meeting'], ['demo', 'meeting']]);
    expect([...m.exclude.keys()]).toEqual(['lunch', 'email', 'note', 'task']);
  });
  it('a mistake in the file is unusable input (exit 1); the same mistake in a flag is usage (exit 2)', () => {
    expect(refusal(() => readMapping({}, file([]), ['a', 'b']))).toEqual(['InputError', 'mapping.json should hold a JSON object such as { "columns": { "prospect": "Contact ID" } }; got a list']);
    expect(refusal(() => readMapping({}, file({ stageMap: { Call: 7 } }), ['call']))).toEqual(['InputError', '"Call" of "stageMap" in mapping.json should be a stage id (text); got 7']);
    expect(refusal(() => readMapping({}, file({ excludeTypes: 'Email' }), ['a', 'b']))).toEqual(['InputError', '"excludeTypes" in mapping.json should be a list of activity types, such as ["Email", "Note"]; got "Email"']);
    expect(refusal(() => readMapping({}, file({ dateFormat: 'D/M/Y' }), ['a', 'b']))?.[0]).toBe('InputError');
    expect(refusal(() => readMapping({ 'date-format': 'D/M/Y' }, null, ['a', 'b']))?.[0]).toBe('UsageError');
    expect(refusal(() => readMapping({}, file({ timeZone: 'Nowhere/Else' }), ['a', 'b']))).toEqual([
      'InputError',
      '"timeZone" in mapping.json: "Nowhere/Else" is not a time zone: give UTC, an offset such as +01:00, or a name such as Europe/London',
    ]);
    expect(refusal(() => readMapping({ 'exclude-type': ['Call'], 'stage-map': ['call=a'] }, null, ['a', 'b']))).toEqual(['UsageError', '"Call" is both left out (excluded) and mapped to the stage "a": keep one']);
    expect(new InputError('x')).toBeInstanceOf(Error);
    expect(new UsageError('x')).toBeInstanceOf(Error);
  });
  it('finds columns by exact name, else the one equal ignoring case; two of a name are refused', () => {
    const m = readMapping({ prospect: 'contact id', stage: 'Type', at: 'Date' }, null, ['a', 'b']);
    expect(locateColumns(['Contact ID', 'Type', 'Date', 'Owner', 'Rep'], m, 'x.csv')).toEqual({ prospect: 0, stage: 1, at: 2, time: -1, rep: 4, source: -1, isNew: -1, value: -1, reason: -1 });
    expect(refusal(() => locateColumns(['Contact ID', 'Type', 'Date', 'Type'], m, 'x.csv'))).toEqual(['InputError', 'x.csv: the header row has 2 columns named "Type" (columns 2 and 4); rename one in the file']);
  });
});
