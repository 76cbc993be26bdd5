import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enCalendar } from '../../src/messages/enCalendar.js';
import { enCore } from '../../src/messages/en.js';
import { enGoals } from '../../src/messages/enGoals.js';
import { enEvents } from '../../src/messages/enEvents.js';
import { enForecast } from '../../src/messages/enForecast.js';
import { enKpi } from '../../src/messages/enKpi.js';
import { enRender } from '../../src/messages/enRender.js';
import { enSheets } from '../../src/messages/enSheets.js';
import { enStats } from '../../src/messages/enStats.js';
import { enTeam } from '../../src/messages/enTeam.js';
import type { PhrasePart } from '../../src/messages/types.js';

/*
 * The English words are split by area: the core catalog is in every bundle, and an area passes its
 * own part with its errors. A subject or expectation named where its words are not reachable would
 * print as its key ("paceAsOf should be …"), so every key named in src/ must be in the core, or in
 * the part of the area that names it.
 */
const src = join(__dirname, '..', '..', 'src');
const parts: Record<string, PhrasePart> = { kpi: enKpi, goals: enGoals, stats: enStats, calendar: enCalendar, render: enRender, events: enEvents, sheets: enSheets };
// the warehouse writes the activity-log funnel as SQL and passes the activity-log words
parts['warehouse'] = enEvents;
parts['team'] = enTeam;
// survival curves and the forecast pass the forecasting words
parts['survival'] = enForecast;
parts['forecast'] = enForecast;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/** The areas whose words a file may use: its own, and for a sheet file also the area it wraps. */
function areasOf(file: string): string[] {
  const rel = relative(src, file).replace(/\\/g, '/');
  const top = rel.split('/')[0]!;
  const sheet = /^sheets\/(kpis|goals|stats)\.ts$/.exec(rel);
  if (sheet) return ['sheets', { kpis: 'kpi', goals: 'goals', stats: 'stats' }[sheet[1]!]!];
  return top in parts ? [top] : [];
}

describe('every subject and expectation named in src/ has its words where it is used', () => {
  const named: [string, 'subjects' | 'expected', string][] = [];
  for (const file of files(src)) {
    if (file.includes(`${join('src', 'messages')}`)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bsubject: '(\w+)'/g)) named.push([file, 'subjects', m[1]!]);
    for (const m of text.matchAll(/\bexpected: '(\w+)'/g)) named.push([file, 'expected', m[1]!]);
  }

  it('finds the names (a scan that sees none proves nothing)', () => {
    expect(named.length).toBeGreaterThan(300);
  });

  it('each is in the core catalog or in its area’s part', () => {
    const missing = named
      .filter(([file, section, key]) => {
        return enCore[section][key as never] === undefined && areasOf(file).every((area) => parts[area]![section][key as never] === undefined);
      })
      .map(([file, section, key]) => `${relative(src, file)}: ${section}.${key}`);
    expect(missing).toEqual([]);
  });
});
