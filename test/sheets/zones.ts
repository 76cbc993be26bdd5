/**
 * The Date a spreadsheet in `zone` passes for a date cell: the moment of that day's midnight in the
 * zone (what Google Sheets hands a custom function), found from the zone's offset on that day.
 */
export function midnightIn(zone: string, year: number, month: number, day: number): Date {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const wall = (t: number) => {
    const p = Object.fromEntries(format.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
    return Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  };
  const utc = Date.UTC(year, month - 1, day);
  let t = utc - (wall(utc) - utc);
  t -= wall(t) - utc; // once more, for a day whose offset differs from the first guess's
  return new Date(t);
}
