import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainAmount } from '../../src/cli/deals.js';
import { main } from '../../src/cli/main.js';

const SALESFORCE = join(import.meta.dirname, '..', 'fixtures', 'crm', 'salesforce-opportunities.csv');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const STAGES = ['--stage-map', 'Negotiation/Review=negotiation,Proposal/Price Quote=proposal,Needs Analysis=discovery'];
const PROBABILITIES = ['--probabilities', 'discovery=10%,proposal=40%,negotiation=70%'];

describe('funnel-math forecast on a Salesforce opportunities export', () => {
  it('reads the CRM headers, amounts with thousands separators, US dates and won/lost stages', async () => {
    const r = await run('forecast', SALESFORCE, '--as-of', '2026-11-15', '--period', 'quarter', '--fiscal-year-start', '2', '--date-format', 'MM/DD/YYYY', ...STAGES, ...PROBABILITIES, '--quota', '45000', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout);
    // fiscal year from February: the quarter holding 15 November runs November to January
    expect(f.period).toEqual({ start: '2026-11-01', end: '2027-01-31', basis: 'quarter', fiscalYearStart: 2 });
    // A1 has its own 90% (the CRM's probability column); A2 40%, A3 10%, A6 70%; A4 won 20,000 on 5 November; A5 lost
    expect(f.excluded).toEqual({ lost: 1, wonOutsidePeriod: 0 });
    expect([f.openDeals, f.wonDeals, f.wonAmount]).toEqual([4, 1, '20000']);
    expect(f.weightedPipeline).toBe('34100'); // 12,000×0.9 + 30,000×0.4 + 8,000×0.1 + 15,000×0.7
    expect(f.expected).toBe('54100');
    expect(f.probabilitySource).toEqual({ method: 'stage', ownProbability: 1 });
    expect(f.byRep.map((g: { name: string }) => g.name)).toEqual(['Dana Reyes', 'Sam Okafor']);
  });

  it('prints the forecast as text, with the quota chance and the biggest deal named', async () => {
    const r = await run('forecast', SALESFORCE, '--as-of', '2026-11-15', '--period', '2026-12-31', '--date-format', 'MM/DD/YYYY', ...STAGES, ...PROBABILITIES, '--quota', '45000');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Forecast for 2026-11-15 to 2026-12-31 (as of 2026-11-15)');
    // the period starts on --as-of, so the deal won on 5 November is outside it
    expect(r.stdout).toContain('expected 34,100.00  (weighted pipeline 34,100.00 + won 0.00)');
    // ≥ 45,000 takes A2 and A6 (0.4 × 0.7) or, without A6, A1, A2 and A3 (0.9 × 0.4 × 0.1 × 0.3): 0.2908
    expect(r.stdout).toContain('quota 45,000.00: chance 29.1%, gap 10,900.00');
    expect(r.stdout).toContain('without the biggest deal (0065g00000A2): chance 0.0%');
    expect(r.stdout).toContain('the largest deal carries 35.2% of the expected open pipeline');
    expect(r.stdout).toContain('the 3 largest deals carry 97.7% of the expected open pipeline');
    expect(r.stdout).not.toContain('the 5 largest');
    expect(r.stdout).toContain('left out: 1 lost, 1 won outside the period');
  });

  it('a stage without a probability is the file line and the column to fix', async () => {
    const r = await run('forecast', SALESFORCE, '--as-of', '2026-11-15', '--period', 'quarter', '--date-format', 'MM/DD/YYYY', ...STAGES, '--probabilities', 'proposal=40%,negotiation=70%');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^funnel-math forecast: .*salesforce-opportunities\.csv line 4: Nothing was given for the probability of winning deal 3 \("0065g00000A3"\) at the stage "discovery"/);
  });

  it('dates that read two ways are refused with both readings until --date-format says which', async () => {
    const r = await run('forecast', SALESFORCE, '--as-of', '2026-11-15', '--period', 'quarter', ...STAGES, ...PROBABILITIES);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2: column "Created Date": "09/02/2026" can be read as 9 February 2026 (--date-format DD/MM/YYYY) or 2 September 2026 (--date-format MM/DD/YYYY); say which with --date-format [INVALID_INPUT at createdAt]');
  });

  it('usage: the file, --as-of and --period are required', async () => {
    expect((await run('forecast', '--as-of', '2026-11-15', '--period', 'quarter')).code).toBe(2);
    expect((await run('forecast', SALESFORCE, '--period', 'quarter')).stderr).toMatch(/--as-of is required/);
    expect((await run('forecast', SALESFORCE, '--as-of', '2026-11-15', '--period', 'quarter', '--status-map', 'Dead')).stderr).toMatch(/--status-map "Dead" should be value=open/);
  });

  it('amounts as CRMs write them; a decimal comma is not guessed', () => {
    expect(['12,000.00', '$1,250,000', '€ 900', '1,234,567', '12,500', 'USD 3,000.50', '7'].map(plainAmount)).toEqual(['12000.00', '1250000', '900', '1234567', '12,500', '3000.50', '7']);
  });
});
