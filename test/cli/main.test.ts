import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

describe('funnel-math command line', () => {
  it('plan prints the reverse funnel and its schedule', async () => {
    const r = await run('plan', '--stages', 'call,appointment,sale', '--rates', '15%,1/3', '--goal', '50', '--start', '2026-11-01', '--end', '2026-11-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/call\s+1,000/);
    expect(r.stdout).toMatch(/per working day\s+—\s+48\s+8\s+3/);
    expect(r.stderr).toBe('');
  });
  it('plan --json is the library result', async () => {
    const r = await run('plan', '--stages', 'call,sale', '--rates', '5%', '--goal', '50', '--json');
    expect(JSON.parse(r.stdout).required).toEqual({ call: 1000, sale: 50 });
  });
  it('plan from revenue', async () => {
    const r = await run('plan', '--stages', 'call,sale', '--rates', '5%', '--revenue', '100000', '--deal-size', '2400', '--json');
    expect(JSON.parse(r.stdout).goal).toEqual({ count: 42, at: 'sale', revenue: '100000', averageDealSize: '2400' });
  });
  it('rates prints each rate with its denominator', async () => {
    const r = await run('rates', '--stages', 'contact,meeting,sale', '--counts', '60,15,10');
    expect(r.stdout).toMatch(/sale\s+10\s+66\.7% of meeting\s+16\.7% of contact/);
  });
  it('a user error is one line with the code and path, exit 1, no stack trace', async () => {
    const r = await run('plan', '--stages', 'call,sale', '--rates', '0', '--goal', '50');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('funnel-math plan: The rate into "sale" is 0, so no amount of activity reaches it; give a rate above 0. [ZERO_RATE at rates.0]\n');
  });
  it('wrong usage exits 2 with the help; --help exits 0', async () => {
    const missing = await run('plan', '--stages', 'call,sale');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^funnel-math plan: --goal is required\n\nUsage: funnel-math plan/);
    expect((await run('plan', '--bogus')).stderr).toMatch(/Unknown option '--bogus'/);
    expect((await run('nope')).code).toBe(2);
    const help = await run('plan', '--help');
    expect([help.code, help.stdout.startsWith('Usage: funnel-math plan')]).toEqual([0, true]);
    expect((await run('--help')).stdout).toMatch(/Commands:/);
  });
});
