/**
 * funnel-math: the arithmetic of sales funnels, exact and honest.
 * @packageDocumentation
 */
export * from './api.js';
export * from './locales.js';
