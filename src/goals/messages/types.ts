import type { FindingCode } from '../findings.js';

/**
 * A message catalog: the language tag numbers are formatted for (`Intl.NumberFormat`), a template
 * per finding code with `{name}` placeholders, and the few words templates insert.
 *
 * Catalogs are separate exports (`goalMessagesAr`, `goalMessagesFa`, `goalMessagesRu`,
 * `goalMessagesRo`; English is built in), so a bundle holds only the languages it imports. To keep
 * a catalog's language but format numbers for a region, spread it: `{ ...goalMessagesAr, locale: 'ar-EG' }`.
 */
export interface GoalMessages {
  /** BCP 47 language tag for number formatting, e.g. `'ar'`, `'ru-RU'`. */
  readonly locale: string;
  /** One template per finding code. */
  readonly findings: { readonly [C in FindingCode]: string };
  /** Words templates insert. */
  readonly words: {
    readonly activity: string;
    readonly outcome: string;
    readonly start: string;
    readonly deadline: string;
  };
}
