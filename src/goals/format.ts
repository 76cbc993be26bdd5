/**
 * Fills a message template: `{name}` placeholders get values formatted with `Intl.NumberFormat`
 * for the catalog's language. Numbers go to Intl as decimal strings, so large amounts are not
 * rounded through a float.
 * @internal
 * @module
 */
import { enGoals } from '../messages/enGoals.js';
import { fail } from '../errors.js';
import { Ratio } from '../numbers/ratio.js';
import { isPlainObject } from '../schema.js';
import { goalMessagesEn } from './messages/en.js';
import type { GoalMessages } from './messages/types.js';
import type { FindingCode } from './findings.js';

/** A value to put in a message. */
export type Param =
  | { readonly text: string }
  | { readonly num: Ratio; readonly style: 'number' | 'percent' | 'signed-percent' | 'money'; readonly unit?: string | null }
  | { readonly word: keyof GoalMessages['words'] };

const CURRENCY = /^[A-Z]{3}$/;

const BUILT_IN = '"en", or an imported catalog (goalMessagesAr, goalMessagesFa, goalMessagesRu, goalMessagesRo)';

/** Reads `locale` (a language tag for English, or a catalog) into a catalog. */
export function readLocale(locale: unknown, path: (string | number)[]): GoalMessages {
  if (locale === undefined) return goalMessagesEn;
  if (typeof locale === 'string') {
    let tag: string;
    try {
      tag = Intl.getCanonicalLocales(locale)[0] ?? '';
    } catch {
      tag = '';
    }
    if (tag === 'en' || tag.startsWith('en-')) return { ...goalMessagesEn, locale: tag };
    return fail('INVALID_CHOICE', { phrases: enGoals, subject: 'goalLocale', allowed: BUILT_IN, received: locale }, path);
  }
  if (isPlainObject(locale) && typeof locale['locale'] === 'string' && isPlainObject(locale['findings']) && isPlainObject(locale['words'])) {
    const findings = locale['findings'];
    const words = locale['words'];
    for (const code of Object.keys(goalMessagesEn.findings)) {
      const text = Object.hasOwn(findings, code) ? findings[code] : undefined;
      if (typeof text !== 'string') fail(text === undefined ? 'MISSING_VALUE' : 'INVALID_INPUT', { phrases: enGoals, subject: 'catalogText', code, expected: 'string', received: text }, [...path, 'findings', code]);
    }
    for (const word of Object.keys(goalMessagesEn.words)) {
      const text = Object.hasOwn(words, word) ? words[word] : undefined;
      if (typeof text !== 'string') fail(text === undefined ? 'MISSING_VALUE' : 'INVALID_INPUT', { phrases: enGoals, subject: 'catalogWord', word, expected: 'string', received: text }, [...path, 'words', word]);
    }
    try {
      Intl.getCanonicalLocales(locale['locale']);
    } catch {
      fail('INVALID_INPUT', { phrases: enGoals, subject: 'catalogLocale', expected: 'goalLanguageTag', received: locale['locale'] }, [...path, 'locale']);
    }
    return locale as unknown as GoalMessages;
  }
  return fail('INVALID_INPUT', { phrases: enGoals, subject: 'goalLocale', expected: 'goalLocale', received: locale }, path);
}

function decimalString(r: Ratio, digits: number): string {
  return r.toFixed(digits);
}

type FormatString = (value: string) => string;

function formatNumber(locale: string, param: Extract<Param, { num: Ratio }>): string {
  const { num, style } = param;
  if (style === 'percent' || style === 'signed-percent') {
    const nf = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      ...(style === 'signed-percent' ? { signDisplay: 'exceptZero' as const } : {}),
    });
    return (nf.format as unknown as FormatString)(decimalString(num, 6));
  }
  if (style === 'money' && param.unit && CURRENCY.test(param.unit)) {
    try {
      const nf = new Intl.NumberFormat(locale, { style: 'currency', currency: param.unit, minimumFractionDigits: 0, maximumFractionDigits: 2 });
      return (nf.format as unknown as FormatString)(decimalString(num, 2));
    } catch {
      // an unknown currency code falls through to number + unit
    }
  }
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const text = (nf.format as unknown as FormatString)(decimalString(num, 2));
  return style === 'money' && param.unit ? `${text} ${param.unit}` : text;
}

/** The message for `code` in `catalog`, its placeholders filled. */
export function render(catalog: GoalMessages, code: FindingCode, params: Readonly<Record<string, Param>>): string {
  const template = catalog.findings[code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const p = params[name]!;
    if ('text' in p) return p.text;
    if ('word' in p) return catalog.words[p.word];
    return formatNumber(catalog.locale, p);
  });
}
