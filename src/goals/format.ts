/**
 * Fills a message template: `{name}` placeholders get values formatted with `Intl.NumberFormat`
 * for the catalog's language. Numbers go to Intl as decimal strings, so large amounts are not
 * rounded through a float.
 * @internal
 * @module
 */
import { fail, describe } from '../errors.js';
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
    return fail(
      'INVALID_INPUT',
      `locale ${describe(locale)} has no built-in messages: English is built in; for Arabic, Persian, Russian or Romanian import goalMessagesAr, goalMessagesFa, goalMessagesRu or goalMessagesRo and pass it as locale.`,
      path,
    );
  }
  if (isPlainObject(locale) && typeof locale['locale'] === 'string' && isPlainObject(locale['findings']) && isPlainObject(locale['words'])) {
    const findings = locale['findings'];
    for (const code of Object.keys(goalMessagesEn.findings)) {
      if (typeof findings[code] !== 'string') fail('INVALID_INPUT', `The message catalog has no text for ${code}.`, [...path, 'findings', code]);
    }
    for (const word of Object.keys(goalMessagesEn.words)) {
      if (typeof locale['words'][word] !== 'string') fail('INVALID_INPUT', `The message catalog has no word "${word}".`, [...path, 'words', word]);
    }
    try {
      Intl.getCanonicalLocales(locale['locale']);
    } catch {
      fail('INVALID_INPUT', `The message catalog's locale ${describe(locale['locale'])} is not a language tag.`, [...path, 'locale']);
    }
    return locale as unknown as GoalMessages;
  }
  return fail('INVALID_INPUT', `locale should be 'en' or a message catalog such as goalMessagesRu; got ${describe(locale)}.`, path);
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
