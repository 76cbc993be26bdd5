/**
 * The translated message catalogs (Arabic, Persian, Russian, Romanian) of errors and of SMART
 * goals. Part of the package's main entry; for Apps Script they are a second global file
 * (`dist/funnel-math.locales.global.js`, global `FunnelMathLocales`), loaded only by a project that
 * shows messages in one of these languages.
 * @internal
 * @module
 */
export { errorMessagesAr } from './messages/ar.js';
export { errorMessagesFa } from './messages/fa.js';
export { errorMessagesRu } from './messages/ru.js';
export { errorMessagesRo } from './messages/ro.js';
export { goalMessagesAr } from './goals/messages/ar.js';
export { goalMessagesFa } from './goals/messages/fa.js';
export { goalMessagesRu } from './goals/messages/ru.js';
export { goalMessagesRo } from './goals/messages/ro.js';
