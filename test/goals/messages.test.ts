import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SMART_FINDINGS,
  goalMessagesAr,
  goalMessagesEn,
  goalMessagesFa,
  goalMessagesRo,
  goalMessagesRu,
  validateSmart,
  type GoalMessages,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';
import { context, good } from './fixtures.js';

const catalogs: [string, GoalMessages][] = [
  ['en', goalMessagesEn],
  ['ar', goalMessagesAr],
  ['fa', goalMessagesFa],
  ['ru', goalMessagesRu],
  ['ro', goalMessagesRo],
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it.each(catalogs)('%s has a message for every code, with the same placeholders as English', (_, catalog) => {
    expect(Object.keys(catalog.findings).sort()).toEqual(Object.keys(SMART_FINDINGS).sort());
    for (const code of Object.keys(SMART_FINDINGS) as (keyof typeof SMART_FINDINGS)[]) {
      expect([code, ...placeholders(catalog.findings[code])]).toEqual([code, ...placeholders(goalMessagesEn.findings[code])]);
    }
    expect(Object.keys(catalog.words).sort()).toEqual(['activity', 'deadline', 'outcome', 'start']);
  });

  it('gives the same codes, paths and data in every language; only messages change', () => {
    const shortfall = { ...context, capacity: { call: { reps: 3, perRepPerDay: 5 } } };
    const goal = { ...good, target: 53, checkIn: undefined };
    const english = validateSmart(goal, shortfall);
    for (const [, catalog] of catalogs) {
      const report = validateSmart(goal, { ...shortfall, locale: catalog });
      expect(report.findings.map(({ message: _, ...rest }) => rest)).toEqual(english.findings.map(({ message: _, ...rest }) => rest));
      expect(report.verdict).toBe(english.verdict);
      for (const f of report.findings) expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('formats numbers with Intl for the catalog language', () => {
    const shortfall = { ...context, capacity: { call: { reps: 3, perRepPerDay: 5 } } };
    const message = (locale: GoalMessages) => validateSmart(good, { ...shortfall, locale }).findings[0]!.message;
    expect(message(goalMessagesEn)).toBe('The goal needs 1,000 "call" in 60 working days, but the team can do only 900: 100 short.');
    expect(message(goalMessagesRu)).toBe(
      `Цели нужно ${new Intl.NumberFormat('ru').format(1000)} «call» за 60 рабочих дн., а команда может только 900: не хватает 100.`,
    );
    expect(message(goalMessagesFa)).toContain(new Intl.NumberFormat('fa').format(1000));
    expect(message(goalMessagesFa)).toContain('۹۰۰');
    expect(message({ ...goalMessagesAr, locale: 'ar-EG' })).toContain(new Intl.NumberFormat('ar-EG').format(900));
    const ro = validateSmart({ ...good, target: 55 }, { history: context.history, locale: goalMessagesRo }).findings[0]!.message;
    expect(ro).toContain(new Intl.NumberFormat('ro', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(10 / 45));
  });

  it('formats money in the goal currency, exactly for large amounts', () => {
    const goal = { ...good, metric: 'revenue', target: { value: '12345678901234567.5', unit: 'EUR' }, baseline: 1 };
    const f = validateSmart(goal, { locale: goalMessagesRo }).criteria.achievable.findings[0]!;
    expect(f.message).toContain(new Intl.NumberFormat('ro', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }).format(1));
    expect(f.message).toContain('12.345.678.901.234.567,5');
  });

  it('takes an English tag as locale, and refuses other tags (their catalogs are separate imports)', () => {
    expect(validateSmart(good, { ...context, locale: 'en-IN' }).findings).toEqual([]);
    const inIndia = validateSmart({ ...good, target: 1_000_000 }, { locale: 'en-IN' }).findings[0]!.message;
    expect(inIndia).toContain('10,00,000');
    const e = errorOf(() => validateSmart(good, { locale: 'ru' }));
    expect([e.code, e.path]).toEqual(['INVALID_CHOICE', ['context', 'locale']]);
    expect(e.message).toContain('goalMessagesRu');
    expect(errorOf(() => validateSmart(good, { locale: { ...goalMessagesRu, findings: {} } as unknown as GoalMessages })).path).toEqual([
      'context',
      'locale',
      'findings',
      'TITLE_MISSING',
    ]);
    expect(errorOf(() => validateSmart(good, { locale: { ...goalMessagesRu, locale: 'not a tag!' } })).path).toEqual(['context', 'locale', 'locale']);
  });

  it('is tree-shakable: a bundle that imports only validateSmart holds no other language', async () => {
    const bundle = async (contents: string) => {
      const out = await build({
        stdin: { contents, resolveDir: join(import.meta.dirname, '..', '..', 'src'), loader: 'ts' },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        charset: 'utf8',
        logLevel: 'silent',
      });
      return out.outputFiles[0]!.text;
    };
    const english = await bundle("export { validateSmart } from './index.js';");
    expect(english).toContain('The goal has no deadline');
    for (const text of ['У цели нет срока', 'الهدف بلا موعد نهائي', 'هدف مهلت ندارد', 'Obiectivul nu are termen']) expect(english).not.toContain(text);
    const russian = await bundle("export { validateSmart, goalMessagesRu } from './index.js';");
    expect(russian).toContain('У цели нет срока');
    expect(russian).not.toContain('Obiectivul nu are termen');
  });
});
