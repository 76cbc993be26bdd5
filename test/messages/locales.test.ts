import { describe, expect, it } from 'vitest';
import {
  defineFunnel,
  errorMessage,
  errorMessagesAr,
  errorMessagesEn,
  errorMessagesFa,
  errorMessagesRo,
  errorMessagesRu,
  requiredActivity,
  winRate,
  type ErrorMessages,
} from '../../src/index.js';
import { errorOf } from '../helpers/honest.js';

const catalogs: [string, ErrorMessages][] = [
  ['ar', errorMessagesAr],
  ['fa', errorMessagesFa],
  ['ru', errorMessagesRu],
  ['ro', errorMessagesRo],
];
const sections = ['errors', 'subjects', 'expected', 'received'] as const;
const entries = (catalog: ErrorMessages, section: (typeof sections)[number]) => Object.entries(catalog[section]) as [string, string][];

/** The `{name}` placeholders of a template, sorted. */
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** The placeholders of each `[...]` part (the part is kept only when all of them have values), sorted. */
const bracketParts = (t: string) => [...t.matchAll(/\[([^\]]*)\]/g)].map((m) => placeholders(m[1]!).join(',')).sort();
/** A template with nothing to translate: only placeholders, punctuation and spaces. */
const onlyPlaceholders = (t: string) => !/\p{L}/u.test(t.replace(/\{\w+\}/g, ''));

describe('error message catalogs in Arabic, Persian, Russian and Romanian', () => {
  it.each(catalogs)('%s is frozen, tagged with its language, and has exactly the keys of English in every section', (locale, catalog) => {
    expect(catalog.locale).toBe(locale);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(errorMessagesEn).sort());
    expect(Object.isFrozen(catalog)).toBe(true);
    for (const section of sections) {
      expect([section, ...Object.keys(catalog[section]).sort()]).toEqual([section, ...Object.keys(errorMessagesEn[section]).sort()]);
      expect([section, Object.isFrozen(catalog[section])]).toEqual([section, section === 'received' ? Object.isFrozen(errorMessagesEn.received) : true]);
    }
  });

  it.each(catalogs)('%s keeps the placeholders and bracketed parts of every English template', (_, catalog) => {
    for (const section of sections) {
      for (const [key, english] of entries(errorMessagesEn, section)) {
        const text = (catalog[section] as Record<string, string>)[key]!;
        expect([section, key, ...placeholders(text)]).toEqual([section, key, ...placeholders(english)]);
        expect([section, key, ...bracketParts(text)]).toEqual([section, key, ...bracketParts(english)]);
      }
    }
  });

  it.each(catalogs)('%s leaves no template in English', (_, catalog) => {
    const untranslated = sections.flatMap((section) =>
      entries(errorMessagesEn, section)
        .filter(([key, english]) => !onlyPlaceholders(english) && (catalog[section] as Record<string, string>)[key] === english)
        .map(([key]) => `${section}.${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('exempts only the templates that are a bare placeholder or quotes around one', () => {
    const exempt = sections.flatMap((section) => entries(errorMessagesEn, section).filter(([, t]) => onlyPlaceholders(t)).map(([k]) => `${section}.${k}`));
    expect(exempt).toEqual(['received.text']);
  });
});

describe('errorMessage words real errors in each language', () => {
  const funnel = defineFunnel(['call', 'meeting', 'sale'] as const);
  const rates = { meeting: '20%', sale: '25%' };
  const words = (e: ReturnType<typeof errorOf>) => Object.fromEntries(catalogs.map(([locale, catalog]) => [locale, errorMessage(e, catalog)]));

  it('a goal written in words', () => {
    const e = errorOf(() => requiredActivity(funnel, { goal: 'fifty', rates } as never));
    expect(words(e)).toEqual({
      ar: 'الهدف: المطلوب عدد صحيح مثل 50؛ لكن المُعطى «fifty».',
      fa: 'هدف باید عددی صحیح مانند 50 باشد؛ «fifty» داده شد.',
      ru: 'Цель: ожидается целое число, например 50; получено: «fifty».',
      ro: 'Obiectivul trebuie să fie un număr întreg precum 50; s-a primit „fifty”.',
    });
    expect([e.code, e.path, e.message]).toEqual(['INVALID_NUMBER', ['goal'], 'The goal should be a whole number such as 50; got "fifty".']);
  });

  it('a misspelt option, with the suggestion and the accepted keys kept', () => {
    const e = errorOf(() => requiredActivity(funnel, { goal: 50, rates, roundng: 'up' } as never));
    expect(words(e)).toEqual({
      ar: 'المفتاح «roundng» غير مقبول هنا (المقبول: "goal", "rates", "rounding"). هل تقصد «rounding»؟',
      fa: 'کلید «roundng» اینجا پذیرفته نمی‌شود (کلیدهای پذیرفته: "goal", "rates", "rounding"). آیا منظورتان «rounding» بود؟',
      ru: 'Ключ «roundng» здесь не принимается (допустимы: "goal", "rates", "rounding"). Может быть, имелось в виду «rounding»?',
      ro: 'Cheia „roundng” nu este acceptată aici (se acceptă "goal", "rates", "rounding"). Ați vrut să scrieți „rounding”?',
    });
    expect([e.code, e.path]).toEqual(['UNKNOWN_OPTION', ['roundng']]);
  });

  it('a rate of 0', () => {
    const e = errorOf(() => requiredActivity(funnel, { goal: 50, rates: { meeting: 0, sale: '25%' } }));
    expect(words(e)).toEqual({
      ar: 'المعدل إلى «meeting»: القيمة 0، فلن يصل إليه أي قدر من النشاط؛ أعطِ معدلًا أكبر من 0.',
      fa: 'نرخ ورود به «meeting» برابر 0 است، پس هیچ مقدار فعالیتی به آن نمی‌رسد؛ نرخی بزرگ‌تر از 0 بدهید.',
      ru: 'Конверсия в «meeting»: значение равно 0, поэтому никакая активность сюда не дойдёт; укажите конверсию больше 0.',
      ro: 'Rata spre „meeting” este 0, deci nicio activitate nu ajunge până acolo; dați o rată peste 0.',
    });
    expect([e.code, e.path]).toEqual(['ZERO_RATE', ['rates', 'meeting']]);
  });

  it('a misspelt deal status, with the row part of the subject kept', () => {
    const e = errorOf(() => winRate([{ status: 'won' }, { status: 'wn' }] as never));
    expect(words(e)).toEqual({
      ar: 'الحالة للصفقة 2: المطلوب إحدى القيم "won", "lost", "open"؛ لكن المُعطى «wn».',
      fa: 'وضعیت معامله 2 باید یکی از "won", "lost", "open" باشد؛ «wn» داده شد.',
      ru: 'Статус сделки 2: ожидается одно из значений "won", "lost", "open"; получено: «wn».',
      ro: 'Starea tranzacției 2 trebuie să fie una dintre valorile "won", "lost", "open"; s-a primit „wn”.',
    });
    expect([e.code, e.path]).toEqual(['INVALID_CHOICE', ['deals', 1, 'status']]);
  });

  it('leaves no placeholder or bracket unfilled, and never changes the code, path or English message', () => {
    const errors = [
      errorOf(() => requiredActivity(funnel, { goal: 'fifty', rates } as never)),
      errorOf(() => requiredActivity(funnel, { goal: 50, rates: { meeting: '20%' } } as never)),
      errorOf(() => requiredActivity(funnel, { goal: 50, rates: { meeting: '20%', sael: '5%' } } as never)),
      errorOf(() => requiredActivity(funnel, { goal: 50, rates: { meeting: 15, sale: '25%' } })),
      errorOf(() => requiredActivity(funnel, { goal: 50.5, rates })),
      errorOf(() => requiredActivity(funnel, { goal: 50, rates: { meeting: { successes: 9, trials: 4 }, sale: '25%' } })),
    ];
    for (const e of errors) {
      const before = [e.code, [...e.path], e.message];
      for (const [, catalog] of catalogs) {
        const message = errorMessage(e, catalog);
        expect(message).not.toMatch(/\{\w+\}|\[|\]/);
        expect(message).not.toBe(e.message);
      }
      expect([e.code, [...e.path], e.message]).toEqual(before);
    }
  });
});
